using Mediator;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Opinions;

public static class OpinionEndpoints
{
    public static IEndpointRouteBuilder MapOpinionEndpoints(this IEndpointRouteBuilder app)
    {
        var opinions = app.MapGroup("/api").WithTags("Opinions");

        opinions.MapPost("/dialogues/{id:guid}/opinions", async Task<Created<SubmitOpinionResponse>> (Guid id, SubmitOpinionRequest opinion, ISender sender, CancellationToken ct) =>
            {
                var receipt = await sender.Send(new SubmitOpinionCommand(id, opinion), ct);
                return TypedResults.Created($"/api/receipts/{receipt.ReceiptToken}", receipt);
            })
            .WithName("SubmitOpinion")
            .WithSummary("Give an opinion to an open dialogue, anonymously; the answer is a private receipt link.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        opinions.MapGet("/receipts/{token}", async Task<Ok<ReceiptDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReceiptQuery(token), ct)))
            .WithName("GetReceipt")
            .WithSummary("The resident's own opinion, through the private receipt link.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        opinions.MapPost("/receipts/{token}/withdraw", async Task<Ok<ReceiptDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new WithdrawOpinionCommand(token), ct)))
            .WithName("WithdrawOpinion")
            .WithSummary("Withdraw the opinion while the dialogue is open (kept as a record, out of the result).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        opinions.MapDelete("/receipts/{token}/email", async Task<Ok<ReceiptDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RemoveFeedbackEmailCommand(token), ct)))
            .WithName("RemoveFeedbackEmail")
            .WithSummary("Remove the feedback e-mail address, at any time.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        opinions.MapPost("/feedback-email-confirmations/{token}", async Task<NoContent> (string token, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ConfirmFeedbackEmailCommand(token), ct);
                return TypedResults.NoContent();
            })
            .WithName("ConfirmFeedbackEmail")
            .WithSummary("Confirm the feedback address with the link from the e-mail (double opt-in).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit)
            .AllowAnonymous();

        return app;
    }
}
