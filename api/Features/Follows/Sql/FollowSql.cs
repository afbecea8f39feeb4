using Npgsql;

namespace Medborgardialog.Api.Features.Follows.Sql;

/// <summary>The area's raw SQL, in one place: what EF Core cannot write, an INSERT … SELECT … ON CONFLICT.</summary>
internal static class FollowSql
{
    /// <summary>
    /// Queues one notice of <paramref name="eventId"/> per recipient (follower id, address), written by PostgreSQL itself so
    /// 100,000 followers never pass through this process's memory. Who is written to is said once, in LINQ
    /// (<see cref="FollowRecipients"/>); the unique index on (step, follower) makes a second run write nothing.
    /// </summary>
    public static async Task<int> QueueNoticesAsync<TRecipient>(AppDbContext db, IQueryable<TRecipient> recipients,
        Guid eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var select = recipients.CreateDbCommand();
        var parameters = select.Parameters.Cast<NpgsqlParameter>().Select(p => (object)p.Clone()).ToList();
        parameters.Add(new NpgsqlParameter("md_kind", OutgoingEmail.FollowNoticeKind));
        parameters.Add(new NpgsqlParameter("md_now", now));
        parameters.Add(new NpgsqlParameter("md_event", eventId));
        var sql = $"""
            INSERT INTO outgoing_emails (id, kind, to_address, subject, body, created_at, attempts, next_attempt_at, follower_id, dialogue_event_id)
            SELECT gen_random_uuid(), @md_kind, r.to_address, '', '', @md_now, 0, @md_now, r.follower_id, @md_event
            FROM ({select.CommandText}) AS r(follower_id, to_address)
            ON CONFLICT (dialogue_event_id, follower_id) WHERE dialogue_event_id IS NOT NULL DO NOTHING
            """;
        return await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }
}
