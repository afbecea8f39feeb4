using Medborgardialog.Api.Features.Retention.Sql;

namespace Medborgardialog.Api.Features.Retention;

/// <summary>Retention: names and e-mail addresses given with a session sign-up are deleted the day after the session;
/// feedback addresses never confirmed are deleted after 7 days; feedback addresses are deleted a set time
/// (<c>Retention:FeedbackEmailDays</c>, default 90) after the feedback was published, once their mail is sent.
/// Moderation: the text of an opinion rejected as spam, or hidden by a moderator when it held personal data, is erased
/// <c>Retention:ModeratedTextDays</c> (default 90) after the moderator acted — unless it is marked for a police report,
/// which keeps it. Reports' reporter hashes go after the same time.</summary>
public sealed record ForgetExpiredPersonalDataCommand : ICommand<ForgetExpiredPersonalDataResponse>;

/// <summary>How many sign-ups had their name or address deleted.</summary>
public sealed record ForgetExpiredPersonalDataResponse(int SignUpsForgotten, int UnconfirmedAddressesForgotten = 0, int FeedbackAddressesForgotten = 0, int TextsErased = 0);

public sealed class ForgetExpiredPersonalDataHandler(AppDbContext db, TimeProvider clock, IConfiguration configuration)
    : ICommandHandler<ForgetExpiredPersonalDataCommand, ForgetExpiredPersonalDataResponse>
{
    public async ValueTask<ForgetExpiredPersonalDataResponse> Handle(ForgetExpiredPersonalDataCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var forgotten = await db.SessionSignUps
            .Where(s => s.ForgetAfter <= now && (s.Name != null || s.Email != null))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, (string?)null).SetProperty(x => x.Email, (string?)null), cancellationToken);
        var unconfirmedBefore = now.AddDays(-7);
        var unconfirmed = await db.Opinions
            .Where(o => o.FeedbackEmail != null && o.FeedbackEmailConfirmedAt == null && o.SubmittedAt <= unconfirmedBefore)
            .ExecuteUpdateAsync(o => o
                .SetProperty(x => x.FeedbackEmail, (string?)null)
                .SetProperty(x => x.EmailConfirmationTokenHash, (string?)null), cancellationToken);
        var feedbackBefore = now.AddDays(-configuration.GetValue("Retention:FeedbackEmailDays", 90));
        var afterFeedback = await db.Opinions
            .Where(o => o.FeedbackEmail != null
                        && db.Feedbacks.Any(f => f.DialogueId == o.DialogueId && f.PublishedAt <= feedbackBefore)
                        && !db.OutgoingEmails.Any(e => e.OpinionId == o.Id && e.SentAt == null))
            .ExecuteUpdateAsync(o => o
                .SetProperty(x => x.FeedbackEmail, (string?)null)
                .SetProperty(x => x.EmailConfirmationTokenHash, (string?)null), cancellationToken);
        // Stored answers to Idempotency-Keys hold receipt links: kept only as long as a client could retry.
        var keysBefore = now - Infrastructure.Idempotency.IdempotencyRecord.Retention;
        await db.Set<Infrastructure.Idempotency.IdempotencyRecord>().Where(r => r.CreatedAt <= keysBefore).ExecuteDeleteAsync(cancellationToken);
        await ForgetFollowersAsync(now, cancellationToken);
        var textsErased = await EraseModeratedTextsAsync(now.AddDays(-configuration.GetValue("Retention:ModeratedTextDays", 90)), now, cancellationToken);
        return new ForgetExpiredPersonalDataResponse(forgotten, unconfirmed, afterFeedback, textsErased);
    }

    /// <summary>Followers: a follow never confirmed goes after its link expired (7 days); a dialogue's follows go
    /// <c>Follows:RetentionDaysAfterFeedback</c> (default 30) after its feedback was published or it was cancelled; and a
    /// follower with nothing left to follow goes with their address, once no mail to them is waiting to be sent.</summary>
    private async Task ForgetFollowersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unconfirmedBefore = now - Follows.Common.FollowerLinks.ConfirmationLifetime;
        await db.Follows.Where(f => f.ConfirmedAt == null && f.CreatedAt <= unconfirmedBefore).ExecuteDeleteAsync(cancellationToken);
        var endedBefore = now.AddDays(-Follows.Common.FollowMessages.RetentionDays(configuration));
        await db.Follows
            .Where(f => f.DialogueId != null && db.DialogueEvents.Any(e => e.DialogueId == f.DialogueId
                && (e.Kind == DialogueEventKind.FeedbackPublished || e.Kind == DialogueEventKind.Cancelled) && e.At <= endedBefore))
            .ExecuteDeleteAsync(cancellationToken);
        var empty = db.Followers
            .Where(f => f.CreatedAt <= unconfirmedBefore || f.ConfirmedAt != null)
            .Where(f => !db.Follows.Any(w => w.FollowerId == f.Id)
                && !db.OutgoingEmails.Any(e => e.FollowerId == f.Id && e.SentAt == null && e.Kind != OutgoingEmail.FollowConfirmationKind))
            .Select(f => f.Id);
        await db.OutgoingEmails.Where(e => e.FollowerId != null && e.SentAt == null && empty.Contains(e.FollowerId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.Followers.Where(f => empty.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<int> EraseModeratedTextsAsync(DateTimeOffset moderatedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var withPersonalData = RetentionSql.WithPersonalDataHit(db);
        var due = db.Opinions
            .Where(o => o.TextErasedAt == null && o.PoliceReportMarkedAt == null && o.ModeratedAt <= moderatedBefore
                        && (o.Moderation == ModerationStatus.Spam || (o.Moderation == ModerationStatus.Hidden && withPersonalData.Contains(o.Id))))
            .Select(o => o.Id);
        var erased = 0;
        var ids = await due.Take(1000).ToListAsync(cancellationToken);
        foreach (var opinion in await db.Opinions.Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken))
        {
            opinion.EraseText(now);
            erased++;
        }

        // A map answer's words go with the text; the places stay (they are in the result).
        foreach (var mark in await db.MapMarks.Where(m => ids.Contains(m.OpinionId) && (m.Comment != null || m.Description != null)).ToListAsync(cancellationToken))
        {
            mark.EraseWords();
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.OpinionReports
            .Where(r => r.ReportedAt <= moderatedBefore && !db.Opinions.Any(o => o.Id == r.OpinionId && o.PoliceReportMarkedAt != null))
            .ExecuteDeleteAsync(cancellationToken);
        return erased;
    }
}
