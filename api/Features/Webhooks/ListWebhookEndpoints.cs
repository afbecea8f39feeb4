using Medborgardialog.Api.Features.Webhooks.Common;

namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>The registered webhook endpoints, newest first, without their secrets.</summary>
public sealed record ListWebhookEndpointsQuery : IQuery<IReadOnlyList<WebhookEndpointDto>>;

public sealed class ListWebhookEndpointsHandler(AppDbContext db) : IQueryHandler<ListWebhookEndpointsQuery, IReadOnlyList<WebhookEndpointDto>>
{
    public async ValueTask<IReadOnlyList<WebhookEndpointDto>> Handle(ListWebhookEndpointsQuery query, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.AsNoTracking()
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => new WebhookEndpointDto(e.Id, e.Url, e.Description, e.Events, e.Active, e.CreatedAt, e.UpdatedAt, e.SecretRotatedAt))
            .ToListAsync(cancellationToken);
}
