namespace Medborgardialog.Api.Features.Webhooks;

/// <summary>The delivery log of one endpoint, newest first, a page at a time.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid Id, int Page = 1, int PageSize = 50) : IQuery<WebhookDeliveriesPage>;

public sealed record WebhookDeliveriesPage(IReadOnlyList<WebhookDeliveryDto> Items, int Total, int Page, int PageSize);

/// <summary>One step to the endpoint: what, how many attempts, the last answer, and where it stands.</summary>
/// <param name="Id">The delivery's id: the <c>webhook-id</c> header, the same on every attempt.</param>
/// <param name="Event">The step.</param>
/// <param name="DialogueId">The dialogue the step is of.</param>
/// <param name="DialogueTitle">Its title.</param>
/// <param name="SessionId">For a session added: the session.</param>
/// <param name="CreatedAt">When it was queued (when the step was distributed).</param>
/// <param name="Attempts">How many times it was sent.</param>
/// <param name="LastStatusCode">The HTTP status of the last answer (null: no answer, or not tried yet).</param>
/// <param name="LastError">Why the last attempt failed: <c>httpStatus</c>, <c>timeout</c>, <c>connectionFailed</c> or <c>privateAddress</c>.</param>
/// <param name="NextAttemptAt">When it is tried next (null once delivered or given up).</param>
/// <param name="DeliveredAt">When the receiver answered 2xx.</param>
/// <param name="FailedAt">When the sender gave up (after a day of failures).</param>
public sealed record WebhookDeliveryDto(
    Guid Id,
    DialogueEventKind Event,
    Guid DialogueId,
    string DialogueTitle,
    Guid? SessionId,
    DateTimeOffset CreatedAt,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? FailedAt);

public sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesValidator()
    {
        RuleFor(q => q.Id).NotEmpty().RouteValue("id");
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListWebhookDeliveriesHandler(AppDbContext db) : IQueryHandler<ListWebhookDeliveriesQuery, WebhookDeliveriesPage>
{
    public async ValueTask<WebhookDeliveriesPage> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == query.Id, cancellationToken))
        {
            throw new NotFoundException(ProblemCodes.WebhookNotFound, $"There is no webhook endpoint with id {query.Id}.");
        }

        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == query.Id);
        var total = await deliveries.CountAsync(cancellationToken);
        var items = await (
                from d in deliveries
                join e in db.DialogueEvents on d.DialogueEventId equals e.Id
                join dialogue in db.Dialogues on e.DialogueId equals dialogue.Id
                orderby d.CreatedAt descending, e.At descending, d.Id descending
                select new WebhookDeliveryDto(d.Id, e.Kind, e.DialogueId, dialogue.Title, e.SessionId, d.CreatedAt, d.Attempts, d.LastStatusCode, d.LastError,
                    d.DeliveredAt == null && d.FailedAt == null ? d.NextAttemptAt : null, d.DeliveredAt, d.FailedAt))
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new WebhookDeliveriesPage(items, total, query.Page, query.PageSize);
    }
}
