using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Medborgardialog.Api.Features.DialogueResults.Common;

namespace Medborgardialog.Api.Features.DialogueResults;

public static class ResultEndpoints
{
    public static IEndpointRouteBuilder MapResultEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api").WithTags("Results").RequireAuthorization(Policies.RunsDialogues);

        staff.MapGet("/staff/dialogues/{id:guid}/opinions", async Task<Ok<StaffOpinionPage>> (
                Guid id, [FromQuery] string? q, [FromQuery] Guid? themeId, [FromQuery] string? channel, [FromQuery] bool? untagged,
                [FromQuery] Guid? sameAs, [FromQuery] Guid? suggestionId,
                [FromQuery] bool? includeWithdrawn, [FromQuery] int? page, [FromQuery] int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDialogueOpinionsQuery(
                    id, new OpinionMatch(q, themeId, QueryValues.ParseEnum<OpinionChannel>(channel, "channel"), untagged ?? false, sameAs, suggestionId),
                    includeWithdrawn ?? false, page ?? 1, pageSize ?? 50), ct)))
            .WithName("ListDialogueOpinions")
            .TakesEnum<OpinionChannel>("channel")
            .WithSummary("A dialogue's opinions for compiling the result: search (q: Swedish full text, best first, hits marked; parts of words too), theme, channel, untagged, the near-identical copies of an opinion (sameAs), a theme suggestion's opinions; paged.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPost("/dialogues/{id:guid}/themes", async Task<Created<ThemeDto>> (Guid id, CreateThemeRequest theme, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateThemeCommand(id, theme), ct);
                return TypedResults.Created($"/api/staff/dialogues/{id}/result", created);
            })
            .WithName("CreateTheme")
            .WithSummary("Add a theme to group the dialogue's opinions under.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPut("/opinions/{id:guid}/themes", async Task<Ok<IReadOnlyList<Guid>>> (Guid id, TagOpinionRequest tags, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new TagOpinionCommand(id, tags), ct)))
            .WithName("TagOpinion")
            .WithSummary("Group an opinion under themes of its dialogue (the whole list).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapGet("/staff/dialogues/{id:guid}/opinion-groups", async Task<Ok<OpinionGroupPage>> (
                Guid id, [FromQuery] int? page, [FromQuery] int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListOpinionGroupsQuery(id, page ?? 1, pageSize ?? 20), ct)))
            .WithName("ListOpinionGroups")
            .WithSummary("Near-identical opinions (a campaign's copies: the same words whatever the case, spaces and punctuation) grouped, largest first; read one, tag the group (sameAs).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPost("/dialogues/{id:guid}/taggings", async Task<Created<TaggingOperationDto>> (Guid id, TagOpinionsInBulkRequest tagging, ISender sender, CancellationToken ct) =>
            {
                var done = await sender.Send(new TagOpinionsInBulkCommand(id, tagging), ct);
                return TypedResults.Created($"/api/staff/dialogues/{id}/taggings", done);
            })
            .WithName("TagOpinionsInBulk")
            .WithSummary("Tag or untag every opinion matching a search and filters (or picked by id), after confirming the count: a different count changes nothing (409 tagging.countChanged). Undoable.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapGet("/staff/dialogues/{id:guid}/taggings", async Task<Ok<IReadOnlyList<TaggingOperationDto>>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListTaggingOperationsQuery(id), ct)))
            .WithName("ListTaggingOperations")
            .WithSummary("The dialogue's latest bulk changes of themes, newest first, with what can still be undone.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPost("/taggings/{id:guid}/undo", async Task<Ok<TaggingOperationDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UndoTaggingCommand(id), ct)))
            .WithName("UndoTagging")
            .WithSummary("Undo a bulk change of themes: exactly the opinions it changed are restored; an accepted suggestion is proposed again. Once (409 tagging.alreadyUndone).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapGet("/staff/themes/{id:guid}/similar", async Task<Ok<SimilarOpinionsDto>> (
                Guid id, [FromQuery] bool? includeTagged, [FromQuery] int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSimilarOpinionsQuery(id, includeTagged ?? false, pageSize ?? 20), ct)))
            .WithName("ListSimilarOpinions")
            .WithSummary("Opinions not yet under the theme that use its words (the accepted suggestion's, or its opinions' most typical), most similar first, the words marked.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPut("/dialogues/{id:guid}/result", async Task<NoContent> (Guid id, CompileResultRequest result, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new CompileResultCommand(id, result), ct);
                return TypedResults.NoContent();
            })
            .WithName("CompileResult")
            .WithSummary("Write the result's summary and pick representative quotes (after the dialogue closes, until the decision).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapGet("/staff/dialogues/{id:guid}/result", async Task<Ok<ResultDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetResultQuery(id), ct)))
            .WithName("GetResult")
            .WithSummary("The result as it stands: summary, quotes, themes with counts, per-question figures, channels.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPost("/dialogues/{id:guid}/decision-basis", async Task<Ok<ExportDecisionBasisResponse>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExportDecisionBasisCommand(id), ct)))
            .WithName("ExportDecisionBasis")
            .WithSummary("Record that the decision basis is handed over to the committee; the answer links to the printable HTML and the CSV.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapGet("/staff/dialogues/{id:guid}/decision-basis.html", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var html = await sender.Send(new GetDecisionBasisQuery(id), ct);
                // A standalone document: its own style only, nothing else may load or run.
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
                return TypedResults.Content(html, "text/html; charset=utf-8");
            })
            .WithName("GetDecisionBasis")
            .WithSummary("The decision basis as a printable Swedish HTML document (print to PDF from the browser).")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapGet("/staff/dialogues/{id:guid}/opinions.csv", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var csv = await sender.Send(new ExportOpinionsCsvQuery(id), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"synpunkter-{id:N}.csv\"";
                return TypedResults.Text(csv, "text/csv; charset=utf-8");
            })
            .WithName("ExportOpinionsCsv")
            .WithSummary("All counted opinions as CSV for the decision basis, anonymised (no e-mail addresses, no receipts).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapGet("/staff/dialogues/{id:guid}/result/map", async Task<Ok<ResultMapDto>> (
                Guid id, [FromQuery] double west, [FromQuery] double south, [FromQuery] double east, [FromQuery] double north, [FromQuery] int zoom,
                [FromQuery] Guid? questionId, [FromQuery] Guid? categoryId, [FromQuery] Guid? themeId, [FromQuery] string? channel, [FromQuery] string? ageBand,
                ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetResultMapQuery(id, west, south, east, north, zoom, questionId, categoryId, themeId,
                    QueryValues.ParseEnum<OpinionChannel>(channel, "channel"), QueryValues.ParseEnum<AgeBand>(ageBand, "ageBand")), ct)))
            .WithName("GetResultMap")
            .TakesEnum<OpinionChannel>("channel")
            .TakesEnum<AgeBand>("ageBand")
            .WithSummary("The map questions' marks in one view of the results map (west, south, east, north, zoom), filtered by question, category, theme, channel and age band: the marks when at most 500 are in view, else clusters.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapGet("/staff/dialogues/{id:guid}/result/places", async Task<Ok<ResultPlacesDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetResultPlacesQuery(id), ct)))
            .WithName("GetResultPlaces")
            .WithSummary("The map questions' result as tables: per category, per district and category, the hot spots, and the places described in words.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapGet("/staff/dialogues/{id:guid}/marks.geojson", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var geojson = await sender.Send(new ExportMarksGeoJsonQuery(id), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"markeringar-{id:N}.geojson\"";
                return TypedResults.Bytes(geojson, "application/geo+json");
            })
            .WithName("ExportMarksGeoJson")
            .WithSummary("The map questions' marks as an anonymised GeoJSON FeatureCollection (WGS 84) for GIS tools: category, comment, channel, district, day; no ids, no background.")
            .Produces<ExportedMarks>(StatusCodes.Status200OK, "application/geo+json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
