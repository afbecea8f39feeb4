using Medborgardialog.Api.Features.Webhooks.Sql;
using Medborgardialog.Api.Infrastructure.Jobs;

namespace Medborgardialog.Api.Features.Follows;

/// <summary>
/// Turns the dialogues' new steps (<see cref="DialogueEvent"/>, written with the step itself) into ledger rows: one
/// notice per confirmed follower who hears of each step (weekly followers get theirs in the digest instead), in one
/// transaction per step, idempotent (<c>ON CONFLICT DO NOTHING</c>), so a crash or a second instance never tells anyone
/// twice. Sent by a job kicked after every commit that wrote a step, and every minute.
/// </summary>
public sealed record DistributeDialogueEventsCommand : ICommand<DistributeDialogueEventsResponse>, Infrastructure.Http.IChangesNoPublicPage;

/// <summary>How many steps were distributed and how many notices queued.</summary>
public sealed record DistributeDialogueEventsResponse(int Events, int Notices, int Webhooks = 0);

public sealed class DistributeDialogueEventsHandler(AppDbContext db, TimeProvider clock, IEmailOutboxKick outbox, IWebhookKick webhookKick)
    : ICommandHandler<DistributeDialogueEventsCommand, DistributeDialogueEventsResponse>
{
    public async ValueTask<DistributeDialogueEventsResponse> Handle(DistributeDialogueEventsCommand command, CancellationToken cancellationToken)
    {
        int events = 0, notices = 0, webhooks = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One step at a time, oldest first; a second distributor skips the row this one holds.
            var next = await db.DialogueEvents
                .FromSql($"SELECT * FROM dialogue_events WHERE distributed_at IS NULL ORDER BY at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .SingleOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                break;
            }

            var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == next.DialogueId)
                .Select(d => new { d.Districts, d.Topics }).SingleAsync(cancellationToken);
            var firstPublicStep = next.Kind == DialogueEventKind.Announced
                || (next.Kind == DialogueEventKind.Opened
                    && !await db.DialogueEvents.AnyAsync(e => e.DialogueId == next.DialogueId && e.Kind == DialogueEventKind.Announced, cancellationToken));
            // The unique index on (step, follower) makes a second run write nothing.
            notices += await LedgerRows.QueueAsync(db, FollowRecipients.Of(db, next, firstPublicStep, dialogue.Districts, dialogue.Topics),
                OutgoingEmail.FollowNoticeKind, "follower_id", ("dialogue_event_id", next.Id), clock.GetUtcNow(),
                "(dialogue_event_id, follower_id) WHERE dialogue_event_id IS NOT NULL", cancellationToken);
            webhooks += await WebhookSql.QueueDeliveriesAsync(db, next, clock.GetUtcNow(), cancellationToken);
            next.Distributed(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            events++;
        }

        if (notices > 0)
        {
            outbox.Kick();
        }

        if (webhooks > 0)
        {
            webhookKick.Kick();
        }

        return new DistributeDialogueEventsResponse(events, notices, webhooks);
    }
}

/// <summary>Who hears of a step at once: each confirmed follower whose frequency is each step and who follows the dialogue
/// with a confirmed follow — or, for a dialogue's first public step, follows new dialogues (of its district and topic,
/// when they chose one). For the feedback, those who already get it as participants (the same address, confirmed for
/// feedback on this dialogue) are left out: they are told once.</summary>
internal static class FollowRecipients
{
    public static IQueryable<FollowRecipient> Of(AppDbContext db, DialogueEvent step, bool firstPublicStep, List<string> districts, List<string> topics)
    {
        var dialogueId = step.DialogueId;
        var recipients = db.Followers.AsNoTracking()
            .Where(f => f.ConfirmedAt != null && f.Frequency == FollowFrequency.EachStep)
            .Where(f => db.Follows.Any(w => w.FollowerId == f.Id && w.ConfirmedAt != null
                && (w.DialogueId == dialogueId
                    || (firstPublicStep && w.Scope == FollowScope.NewDialogues
                        && (w.District == null || districts.Contains(w.District))
                        && (w.Topic == null || topics.Contains(w.Topic))))));
        if (step.Kind == DialogueEventKind.FeedbackPublished)
        {
            recipients = recipients.Where(f => !db.Opinions.Any(o => o.DialogueId == dialogueId && o.FeedbackEmail == f.Email && o.FeedbackEmailConfirmedAt != null));
        }

        return recipients.Select(f => new FollowRecipient { FollowerId = f.Id, Email = f.Email });
    }
}

/// <summary>A follower to write to, by position: id, address.</summary>
internal sealed class FollowRecipient
{
    public Guid FollowerId { get; init; }
    public string Email { get; init; } = "";
}
