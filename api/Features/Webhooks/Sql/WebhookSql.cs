using Npgsql;

namespace Medborgardialog.Api.Features.Webhooks.Sql;

/// <summary>The area's raw SQL, in one place: queuing a step's deliveries (<c>INSERT … SELECT … ON CONFLICT</c>) and the
/// sender's claims (<c>UPDATE … RETURNING</c>, <c>FOR UPDATE SKIP LOCKED</c>), which EF Core cannot write.</summary>
internal static class WebhookSql
{
    /// <summary>
    /// Queues one delivery of <paramref name="step"/> per endpoint that hears of it (<see cref="WebhookRecipients"/>, said
    /// once in LINQ); the unique index on (endpoint, step) makes a second run write nothing. Called by the distributor
    /// inside the step's own transaction.
    /// </summary>
    public static async Task<int> QueueDeliveriesAsync(AppDbContext db, DialogueEvent step, DateTimeOffset now, CancellationToken ct)
    {
        using var select = WebhookRecipients.Of(db, step).CreateDbCommand();
        var parameters = select.Parameters.Cast<NpgsqlParameter>().Select(p => (object)p.Clone()).ToList();
        parameters.Add(new NpgsqlParameter("md_now", now));
        parameters.Add(new NpgsqlParameter("md_event", step.Id));
        var sql = $"""
            INSERT INTO webhook_deliveries (id, endpoint_id, dialogue_event_id, created_at, attempts, next_attempt_at)
            SELECT gen_random_uuid(), r.endpoint_id, @md_event, @md_now, 0, @md_now
            FROM ({select.CommandText}) AS r(endpoint_id)
            ON CONFLICT (endpoint_id, dialogue_event_id) DO NOTHING
            """;
        return await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    /// <summary>Claims up to <paramref name="batch"/> due deliveries of active endpoints (a paused one's wait) for run <paramref name="run"/>, leased until <paramref name="leasedUntil"/>.</summary>
    public static Task<List<Guid>> ClaimDueAsync(AppDbContext db, Guid run, DateTimeOffset now, DateTimeOffset leasedUntil, int batch,
        CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE webhook_deliveries SET next_attempt_at = {leasedUntil}, claimed_by = {run}
            WHERE id IN (SELECT id FROM webhook_deliveries
                         WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now}
                           AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE active)
                         ORDER BY next_attempt_at LIMIT {batch} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);

    /// <summary>Renews the lease of the deliveries of <paramref name="held"/> that run <paramref name="run"/> still holds; returns those.</summary>
    public static Task<List<Guid>> RenewAsync(AppDbContext db, Guid run, List<Guid> held, DateTimeOffset leasedUntil, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE webhook_deliveries SET next_attempt_at = {leasedUntil}
            WHERE id = ANY({held}) AND claimed_by = {run} AND delivered_at IS NULL AND failed_at IS NULL
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
}

/// <summary>Which endpoints hear of a step: the active ones subscribed to its kind that existed when it happened.</summary>
internal static class WebhookRecipients
{
    public static IQueryable<Guid> Of(AppDbContext db, DialogueEvent step)
    {
        var kind = step.Kind;
        var at = step.At;
        return db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.Active && e.Events.Contains(kind) && e.CreatedAt <= at)
            .Select(e => e.Id);
    }
}
