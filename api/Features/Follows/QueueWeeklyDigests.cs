using Medborgardialog.Api.Features.Follows.Common;
using Medborgardialog.Api.Infrastructure.Jobs;

namespace Medborgardialog.Api.Features.Follows;

/// <summary>
/// Queues last week's digest (Monday to Sunday, Karlskoga time) for every confirmed weekly follower who has something in
/// it: one ledger row per follower and week (a unique index, <c>ON CONFLICT DO NOTHING</c>), so a second run, a retry or a
/// second instance writes nothing more. The digest is written when sent, from the steps. Sent every Monday morning.
/// </summary>
public sealed record QueueWeeklyDigestsCommand : ICommand<QueueWeeklyDigestsResponse>, Infrastructure.Http.IChangesNoPublicPage;

/// <summary>The week told of (its Monday) and how many digests were queued.</summary>
public sealed record QueueWeeklyDigestsResponse(DateOnly Week, int Queued);

public sealed class QueueWeeklyDigestsHandler(AppDbContext db, TimeProvider clock, IEmailOutboxKick outbox)
    : ICommandHandler<QueueWeeklyDigestsCommand, QueueWeeklyDigestsResponse>
{
    private const int Batch = 500;

    public async ValueTask<QueueWeeklyDigestsResponse> Handle(QueueWeeklyDigestsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var week = FollowMail.WeekOf(now).AddDays(-7);
        var queued = 0;
        Guid? after = null;
        while (true)
        {
            var followers = await db.Followers.AsNoTracking()
                .Where(f => f.Frequency == FollowFrequency.Weekly && f.ConfirmedAt != null && (after == null || f.Id.CompareTo(after.Value) > 0))
                .OrderBy(f => f.Id).Take(Batch).Select(f => new { f.Id, f.Email }).ToListAsync(cancellationToken);
            if (followers.Count == 0)
            {
                break;
            }

            after = followers[^1].Id;
            foreach (var follower in followers)
            {
                // One question per weekly follower, the digest's own rule (DigestSteps): weekly followers are few.
                if (await DigestSteps.Of(db, follower.Id, week).AnyAsync(cancellationToken))
                {
                    queued += await db.Database.ExecuteSqlAsync($"""
                        INSERT INTO outgoing_emails (id, kind, to_address, subject, body, created_at, attempts, next_attempt_at, follower_id, digest_week)
                        VALUES ({Guid.CreateVersion7(now)}, {OutgoingEmail.FollowDigestKind}, {follower.Email}, '', '', {now}, 0, {now}, {follower.Id}, {week})
                        ON CONFLICT (follower_id, digest_week) WHERE digest_week IS NOT NULL DO NOTHING
                        """, cancellationToken);
                }
            }
        }

        if (queued > 0)
        {
            outbox.Kick();
        }

        return new QueueWeeklyDigestsResponse(week, queued);
    }
}
