using Medborgardialog.Api.Features.Follows.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Follows;

public static class FollowEndpoints
{
    public static IEndpointRouteBuilder MapFollowEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Follows").AllowAnonymous();

        group.MapPost("/follows", async Task<Accepted<RequestFollowResponse>> (RequestFollowRequest follow, ISender sender, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await sender.Send(new RequestFollowCommand(follow), ct)))
            .WithName("RequestFollow")
            .WithSummary("Follow a dialogue, or new dialogues, by e-mail without an account: a confirmation mail is sent (double opt-in); the answer is the same whether or not the address already follows.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit);

        group.MapPost("/follow-confirmations", async Task<Ok<ConfirmFollowResponse>> (ConfirmFollowRequest confirmation, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ConfirmFollowCommand(confirmation), ct)))
            .WithName("ConfirmFollow")
            .WithSummary("Confirm a follow with the link from its mail; once only (a second time is a 409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit);

        group.MapGet("/followers/{token}", async Task<Ok<FollowerDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetFollowerQuery(token), ct)))
            .WithName("GetFollower")
            .WithSummary("What the follower follows, through their own link (in every mail).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/followers/{token}", async Task<Ok<FollowerDto>> (string token, ChangeFollowerRequest change, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeFollowerCommand(token, change), ct)))
            .WithName("ChangeFollower")
            .WithSummary("Change how often (each step or a weekly digest) and in which language the follower is written to.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit);

        group.MapDelete("/followers/{token}", async Task<NoContent> (string token, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new UnfollowCommand(token), ct);
                return TypedResults.NoContent();
            })
            .WithName("Unfollow")
            .WithSummary("Stop following everything: the address, its follows and its unsent mail are deleted.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit);

        // RFC 8058: the List-Unsubscribe-Post target. Mail clients POST "List-Unsubscribe=One-Click" as a form; the body is
        // not needed (the link alone says who), so it is not read, and no cookie or antiforgery token is involved.
        group.MapPost("/followers/{token}/unsubscribe", async Task<NoContent> (string token, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new UnfollowCommand(token), ct);
                return TypedResults.NoContent();
            })
            .WithName("UnsubscribeOneClick")
            .WithSummary("One-click unsubscribe from a mail client (RFC 8058, List-Unsubscribe-Post): the same as Unfollow.")
            .Accepts<OneClickUnsubscribeForm>(true, "application/x-www-form-urlencoded")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit);

        group.MapPost("/followers/{token}/follows", async Task<Results<Created<FollowDto>, Ok<FollowDto>>> (string token, AddFollowRequest follow, ISender sender, CancellationToken ct) =>
            {
                var added = await sender.Send(new AddFollowCommand(token, follow), ct);
                return added.Created ? TypedResults.Created((string?)null, added.Follow) : TypedResults.Ok(added.Follow);
            })
            .WithName("AddFollow")
            .WithSummary("Follow one more thing through the follower's own link; confirmed at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit);

        group.MapDelete("/followers/{token}/follows/{followId:guid}", async Task<NoContent> (string token, Guid followId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveFollowCommand(token, followId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveFollow")
            .WithSummary("Stop following one thing; with nothing left, the address is deleted.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Policies.AnonymousWriteRateLimit);

        return app;
    }
}

/// <summary>What a mail client sends for RFC 8058's one-click unsubscribe.</summary>
/// <param name="ListUnsubscribe">Always <c>One-Click</c>.</param>
public sealed record OneClickUnsubscribeForm([property: System.Text.Json.Serialization.JsonPropertyName("List-Unsubscribe")] string? ListUnsubscribe);
