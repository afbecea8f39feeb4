namespace Medborgardialog.Api.Features.Email.Sql;

/// <summary>The area's raw SQL, in one place: the outbox's claims, which EF Core cannot write (<c>UPDATE … RETURNING</c>,
/// <c>FOR UPDATE SKIP LOCKED</c>), so that two senders never take the same mail.</summary>
internal static class OutboxSql
{
    /// <summary>Claims up to <paramref name="batch"/> mails that are due for run <paramref name="run"/>, leased until <paramref name="leasedUntil"/>.</summary>
    public static Task<List<Guid>> ClaimDueAsync(AppDbContext db, Guid run, DateTimeOffset now, DateTimeOffset leasedUntil, int batch,
        CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE outgoing_emails SET next_attempt_at = {leasedUntil}, claimed_by = {run}
            WHERE id IN (SELECT id FROM outgoing_emails
                         WHERE sent_at IS NULL AND to_address IS NOT NULL AND next_attempt_at <= {now}
                         ORDER BY next_attempt_at LIMIT {batch} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);

    /// <summary>Renews the lease of the mails of <paramref name="held"/> that run <paramref name="run"/> still holds; returns those.</summary>
    public static Task<List<Guid>> RenewAsync(AppDbContext db, Guid run, List<Guid> held, DateTimeOffset leasedUntil, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE outgoing_emails SET next_attempt_at = {leasedUntil}
            WHERE id = ANY({held}) AND claimed_by = {run} AND sent_at IS NULL
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);

    /// <summary>Records that the server accepted mail <paramref name="sent"/>: the values of <see cref="OutgoingEmail.MarkSent"/>
    /// (sent now, no error, the address dropped), in one statement and its own commit. Whoever holds the lease by now, the
    /// mail was accepted, so it is recorded by id alone, as SaveChanges of the tracked row did before.</summary>
    public static Task<int> MarkSentAsync(AppDbContext db, OutgoingEmail sent, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE outgoing_emails SET sent_at = {sent.SentAt}, last_error = NULL, to_address = NULL
            WHERE id = {sent.Id}
            """, cancellationToken);
}
