using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Feedback;

public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Feedback");

        group.MapPost("/dialogues/{id:guid}/decision", async Task<Created<DecisionDto>> (Guid id, RecordDecisionRequest decision, ISender sender, CancellationToken ct) =>
            {
                var recorded = await sender.Send(new RecordDecisionCommand(id, decision), ct);
                return TypedResults.Created($"/api/staff/dialogues/{id}/feedback", recorded);
            })
            .WithName("RecordDecision")
            .WithSummary("Record the committee's decision and how the dialogue's result was used (after the dialogue closes, once).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapPost("/dialogues/{id:guid}/feedback", async Task<Created<PublishFeedbackResponse>> (Guid id, PublishFeedbackRequest feedback, ISender sender, CancellationToken ct) =>
            {
                var published = await sender.Send(new PublishFeedbackCommand(id, feedback), ct);
                return TypedResults.Created(published.PublicUrl, published);
            })
            .WithName("PublishFeedback")
            .WithSummary("Publish the feedback (after the decision, once): public page, feed entry, press summary, and an e-mail to every confirmed participant.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapGet("/staff/dialogues/{id:guid}/feedback", async Task<Ok<StaffFeedbackDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetStaffFeedbackQuery(id), ct)))
            .WithName("GetStaffFeedback")
            .WithSummary("The decision, the feedback with its press summary, and the delivery of its e-mails (queued, sent, failed).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.RunsDialogues);

        group.MapGet("/dialogues/{id:guid}/feedback", async Task<Ok<FeedbackDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetFeedbackQuery(id), ct)))
            .WithName("GetFeedback")
            .WithSummary("The public feedback of a dialogue: the decision, how the input was used, the feedback text and links.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedForEveryoneUntilOpinionsChange()
            .AllowAnonymous();

        group.MapPost("/feedback-unsubscriptions/{token}", async Task<NoContent> (string token, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new UnsubscribeFromFeedbackCommand(token), ct);
                return TypedResults.NoContent();
            })
            .WithName("UnsubscribeFromFeedback")
            .WithSummary("The unsubscribe link of a feedback e-mail: the address is deleted and nothing more is sent to it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        return app;
    }
}
