namespace Medborgardialog.Api.Features.Webhooks.Common;

/// <summary>A registered webhook endpoint, without its secret (shown once, when registered or rotated).</summary>
/// <param name="Id">The endpoint's id.</param>
/// <param name="Url">Where the deliveries are POSTed.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Events">The steps it is told of.</param>
/// <param name="Active">False: paused, told of nothing.</param>
/// <param name="CreatedAt">When it was registered: only steps from then on are delivered to it.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
/// <param name="SecretRotatedAt">When the secret was last rotated (null: never).</param>
public sealed record WebhookEndpointDto(
    Guid Id,
    string Url,
    string? Description,
    IReadOnlyList<DialogueEventKind> Events,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SecretRotatedAt);

/// <summary>An endpoint with its new secret, shown this once: keep it, it cannot be read again (only rotated).</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="Secret">The signing secret (Standard Webhooks: <c>whsec_</c> + base64 of 32 random bytes).</param>
public sealed record WebhookSecretResponse(WebhookEndpointDto Endpoint, string Secret);

public static class WebhookEndpointView
{
    public static WebhookEndpointDto Of(WebhookEndpoint e) =>
        new(e.Id, e.Url, e.Description, e.Events, e.Active, e.CreatedAt, e.UpdatedAt, e.SecretRotatedAt);

    public static async Task<WebhookEndpoint> FindAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new NotFoundException(ProblemCodes.WebhookNotFound, $"There is no webhook endpoint with id {id}.");
}
