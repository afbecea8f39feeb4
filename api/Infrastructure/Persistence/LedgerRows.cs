using Npgsql;

namespace Medborgardialog.Api.Infrastructure.Persistence;

/// <summary>
/// Writes one e-mail ledger row per recipient of a LINQ query, by PostgreSQL itself (<c>INSERT … SELECT</c>), so 100,000
/// recipients never pass through this process's memory. Who gets mail is said once, in LINQ; the SELECT is EF Core's own
/// SQL for that query, with its parameters. The rows are small: subject and body are written when the mail is sent.
/// </summary>
internal static class LedgerRows
{
    /// <summary>
    /// Queues a mail of <paramref name="kind"/> about <paramref name="source"/> (a column and its value: the feedback, the
    /// step) to each row of <paramref name="recipients"/> — by position: the recipient's id (into <paramref name="recipientColumn"/>)
    /// and address. With <paramref name="onConflict"/> (a unique index's target), a recipient already queued is skipped.
    /// Returns how many were queued.
    /// </summary>
    public static async Task<int> QueueAsync<TRecipient>(AppDbContext db, IQueryable<TRecipient> recipients, string kind,
        string recipientColumn, (string Column, Guid Id) source, DateTimeOffset now, string? onConflict, CancellationToken cancellationToken)
    {
        using var select = recipients.CreateDbCommand();
        var parameters = select.Parameters.Cast<NpgsqlParameter>().Select(p => (object)p.Clone()).ToList();
        parameters.Add(new NpgsqlParameter("md_kind", kind));
        parameters.Add(new NpgsqlParameter("md_now", now));
        parameters.Add(new NpgsqlParameter("md_source", source.Id));
        var conflict = onConflict is null ? "" : $"ON CONFLICT {onConflict} DO NOTHING";
        var sql = $"""
            INSERT INTO outgoing_emails (id, kind, to_address, subject, body, created_at, attempts, next_attempt_at, {source.Column}, {recipientColumn})
            SELECT gen_random_uuid(), @md_kind, r.to_address, '', '', @md_now, 0, @md_now, @md_source, r.recipient_id
            FROM ({select.CommandText}) AS r(recipient_id, to_address)
            {conflict}
            """;
        return await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }
}
