using Medborgardialog.Api.Features.Webhooks.Common;
using Medborgardialog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medborgardialog.Api.Features.Webhooks;

public static class WebhooksEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Administrator);

        group.MapPost("/", async Task<Created<WebhookSecretResponse>> (RegisterWebhookEndpointRequest endpoint, ISender sender, CancellationToken ct) =>
            {
                var registered = await sender.Send(new RegisterWebhookEndpointCommand(endpoint), ct);
                return TypedResults.Created($"/api/webhooks/{registered.Endpoint.Id}", registered);
            })
            .WithName("RegisterWebhookEndpoint")
            .WithSummary("Register an endpoint to be told of the dialogues' steps by signed POSTs (Administrators). The secret is shown this once.")
            .ProducesValidationProblem();

        group.MapGet("/", async Task<Ok<IReadOnlyList<WebhookEndpointDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWebhookEndpointsQuery(), ct)))
            .WithName("ListWebhookEndpoints")
            .WithSummary("The registered webhook endpoints, newest first, without their secrets (Administrators).");

        group.MapGet("/{id:guid}", async Task<Ok<WebhookEndpointDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWebhookEndpointQuery(id), ct)))
            .WithName("GetWebhookEndpoint")
            .WithSummary("One webhook endpoint, without its secret (Administrators).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async Task<Ok<WebhookEndpointDto>> (Guid id, ChangeWebhookEndpointRequest endpoint, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeWebhookEndpointCommand(id, endpoint), ct)))
            .WithName("ChangeWebhookEndpoint")
            .WithSummary("Change a webhook endpoint's address, description and events, or pause and activate it (Administrators).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteWebhookEndpointCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWebhookEndpoint")
            .WithSummary("Delete a webhook endpoint and its delivery log; nothing more is sent to it (Administrators).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/secret", async Task<Ok<WebhookSecretResponse>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RotateWebhookSecretCommand(id), ct)))
            .WithName("RotateWebhookSecret")
            .WithSummary("Give a webhook endpoint a new secret, shown this once; the old one keeps signing beside it for 24 hours (Administrators).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/deliveries", async Task<Ok<WebhookDeliveriesPage>> (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWebhookDeliveriesQuery(id, page ?? 1, pageSize ?? 50), ct)))
            .WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log of a webhook endpoint, newest first: the step, attempts, the last answer's status, the next attempt (Administrators).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
