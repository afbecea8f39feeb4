using Medborgardialog.Api.Features.ThemeSuggestions.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

public static class ThemeSuggestionEndpoints
{
    public static IEndpointRouteBuilder MapThemeSuggestionEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api").WithTags("ThemeSuggestions").RequireAuthorization(Policies.RunsDialogues);

        staff.MapPost("/dialogues/{id:guid}/theme-suggestions", async Task<Accepted<ThemeSuggestionsDto>> (Guid id, SuggestThemesRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Accepted($"/api/staff/dialogues/{id}/theme-suggestions", await sender.Send(new SuggestThemesCommand(id, request), ct)))
            .WithName("SuggestThemes")
            .WithSummary("Ask for theme suggestions from the free text (worked in the background; follow the progress with GetThemeSuggestions). Replaces the earlier suggestions.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapGet("/staff/dialogues/{id:guid}/theme-suggestions", async Task<Ok<ThemeSuggestionsDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetThemeSuggestionsQuery(id), ct)))
            .WithName("GetThemeSuggestions")
            .WithSummary("The latest theme suggestions: the run's progress, then each suggestion's key words, count and example opinions with the words marked.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPut("/theme-suggestions/{id:guid}/name", async Task<Ok<ThemeSuggestionsDto>> (Guid id, RenameThemeSuggestionRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RenameThemeSuggestionCommand(id, request), ct)))
            .WithName("RenameThemeSuggestion")
            .WithSummary("Name a proposed theme before accepting it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPost("/theme-suggestions/{id:guid}/accept", async Task<Ok<ThemeSuggestionsDto>> (Guid id, AcceptThemeSuggestionRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AcceptThemeSuggestionCommand(id, request), ct)))
            .WithName("AcceptThemeSuggestion")
            .WithSummary("Accept a proposed theme: the theme is created (or the one of that name used) and its opinions are tagged in one undoable tagging.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPost("/theme-suggestions/{id:guid}/reject", async Task<Ok<ThemeSuggestionsDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RejectThemeSuggestionCommand(id), ct)))
            .WithName("RejectThemeSuggestion")
            .WithSummary("Set a proposed theme aside; nothing is tagged.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPost("/theme-suggestions/{id:guid}/reopen", async Task<Ok<ThemeSuggestionsDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReopenThemeSuggestionCommand(id), ct)))
            .WithName("ReopenThemeSuggestion")
            .WithSummary("Propose a rejected theme again.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPost("/theme-suggestions/{id:guid}/merge", async Task<Ok<ThemeSuggestionsDto>> (Guid id, MergeThemeSuggestionsRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MergeThemeSuggestionsCommand(id, request), ct)))
            .WithName("MergeThemeSuggestions")
            .WithSummary("Merge other proposed suggestions of the same run into this one.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPost("/theme-suggestions/{id:guid}/split", async Task<Ok<ThemeSuggestionsDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SplitThemeSuggestionCommand(id), ct)))
            .WithName("SplitThemeSuggestion")
            .WithSummary("Split a proposed suggestion in two by its opinions' words.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}
