using Npgsql;

namespace Medborgardialog.Api.Features.Feedback.Sql;

/// <summary>The area's raw SQL, in one place: what EF Core cannot write, an INSERT … SELECT.</summary>
internal static class FeedbackSql
{
    /// <summary>
    /// Queues one feedback mail per row of <paramref name="recipients"/> (an opinion's id and its address), written by
    /// PostgreSQL itself so 100,000 participants never pass through this process's memory. The SELECT is EF Core's own
    /// SQL for the LINQ query, with its parameters: who gets mail is said once, in LINQ (<see cref="Opinion.InResult"/>
    /// and the confirmed address), never again as SQL text. Returns how many were queued.
    /// </summary>
    public static async Task<int> QueueFeedbackMailAsync<TRecipient>(AppDbContext db, IQueryable<TRecipient> recipients,
        Guid feedbackId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var select = recipients.CreateDbCommand();
        var parameters = select.Parameters.Cast<NpgsqlParameter>().Select(p => (object)p.Clone()).ToList();
        parameters.Add(new NpgsqlParameter("md_kind", OutgoingEmail.FeedbackKind));
        parameters.Add(new NpgsqlParameter("md_now", now));
        parameters.Add(new NpgsqlParameter("md_feedback", feedbackId));
        // The recipients' columns are renamed by position (opinion id, address), whatever EF Core calls them.
        var sql = $"""
            INSERT INTO outgoing_emails (id, kind, to_address, subject, body, created_at, attempts, next_attempt_at, feedback_id, opinion_id)
            SELECT gen_random_uuid(), @md_kind, r.to_address, '', '', @md_now, 0, @md_now, @md_feedback, r.opinion_id
            FROM ({select.CommandText}) AS r(opinion_id, to_address)
            """;
        return await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }
}
