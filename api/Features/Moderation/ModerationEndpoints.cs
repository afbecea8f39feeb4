using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Medborgardialog.Api.Features.Moderation.Common;

namespace Medborgardialog.Api.Features.Moderation;

public static class ModerationEndpoints
{
    public static IEndpointRouteBuilder MapModerationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Moderation");

        api.MapPost("/opinions/{id:guid}/reports", async Task<Ok<ReportOpinionResponse>> (Guid id, ReportOpinionRequest report, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReportOpinionCommand(id, report), ct)))
            .WithName("ReportOpinion")
            .WithSummary("Report a public opinion (threat or hate, personal data, spam, off topic); one report per receipt or browser. Enough reports hide it pending review.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Policies.ReportRateLimit)
            .AllowAnonymous();

        api.MapPut("/dialogues/{id:guid}/moderation", async Task<Ok<OpinionModerationDto>> (Guid id, SetOpinionModerationRequest settings, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetOpinionModerationCommand(id, settings), ct)))
            .WithName("SetOpinionModeration")
            .WithSummary("Choose whether the dialogue's opinions are shown publicly, and pre- or post-moderation.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        var moderation = app.MapGroup("/api/moderation").WithTags("Moderation").RequireAuthorization(Policies.Moderates);

        moderation.MapGet("/queue", async Task<Ok<ModerationQueuePage>> (Guid? dialogueId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetModerationQueueQuery(dialogueId, page ?? 1, pageSize ?? 50), ct)))
            .WithName("GetModerationQueue")
            .WithSummary("What waits for a moderator, oldest first, with the reasons, the text, lexicon hits, reports and waiting time (overdue flagged).")
            .ProducesValidationProblem();

        moderation.MapPost("/opinions/{id:guid}/approve", async Task<Ok<ModeratedOpinionDto>> (Guid id, ModerationNoteRequest? request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ApproveOpinionCommand(id, request), ct)))
            .WithName("ApproveOpinion")
            .WithSummary("Pass the opinion: shown on a public dialogue, out of the queue.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderation.MapPost("/opinions/{id:guid}/hide", async Task<Ok<ModeratedOpinionDto>> (Guid id, HideOpinionRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new HideOpinionCommand(id, request), ct)))
            .WithName("HideOpinion")
            .WithSummary("Hide the opinion with a reason shown publicly in its place; it stays in the result.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderation.MapPost("/opinions/{id:guid}/spam", async Task<Ok<ModeratedOpinionDto>> (Guid id, ModerationNoteRequest? request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MarkOpinionAsSpamCommand(id, request), ct)))
            .WithName("MarkOpinionAsSpam")
            .WithSummary("Reject the opinion as spam: out of view and out of the result.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderation.MapPost("/opinions/{id:guid}/police-report", async Task<Ok<ModeratedOpinionDto>> (Guid id, PoliceReportRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MarkForPoliceReportCommand(id, request), ct)))
            .WithName("MarkForPoliceReport")
            .WithSummary("Mark a threat against a person for a police report: kept from retention, exportable with its metadata.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderation.MapGet("/opinions/{id:guid}/police-report", async Task<Ok<PoliceReportExport>> (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var export = await sender.Send(new ExportPoliceReportQuery(id), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"polisanmalan-{id}.json\"";
                return TypedResults.Ok(export);
            })
            .WithName("ExportPoliceReport")
            .WithSummary("The opinion marked for a police report with its metadata (reports, lexicon hits, audit log), as a JSON file.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderation.MapGet("/log", async Task<Ok<ModerationLogPage>> (Guid? dialogueId, Guid? opinionId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetModerationLogQuery(dialogueId, opinionId, page ?? 1, pageSize ?? 50), ct)))
            .WithName("GetModerationLog")
            .WithSummary("The moderation audit log, newest first: who, when, what, why.")
            .ProducesValidationProblem();

        return app;
    }
}
