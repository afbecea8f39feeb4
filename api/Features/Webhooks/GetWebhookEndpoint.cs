using Medborgardialog.Api.Features.Webhooks.Common;

namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>One webhook endpoint, without its secret.</summary>
public sealed record GetWebhookEndpointQuery(Guid Id) : IQuery<WebhookEndpointDto>;

public sealed class GetWebhookEndpointValidator : AbstractValidator<GetWebhookEndpointQuery>
{
    public GetWebhookEndpointValidator() => RuleFor(q => q.Id).NotEmpty().RouteValue("id");
}

public sealed class GetWebhookEndpointHandler(AppDbContext db) : IQueryHandler<GetWebhookEndpointQuery, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(GetWebhookEndpointQuery query, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.AsNoTracking().Where(e => e.Id == query.Id)
            .Select(e => new WebhookEndpointDto(e.Id, e.Url, e.Description, e.Events, e.Active, e.CreatedAt, e.UpdatedAt, e.SecretRotatedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(ProblemCodes.WebhookNotFound, $"There is no webhook endpoint with id {query.Id}.");
}
