using Mediator;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Email;

/// <summary>Retention: names and e-mail addresses given with a session sign-up are deleted the day after the session;
/// feedback addresses never confirmed are deleted after 7 days; feedback addresses are deleted a set time
/// (<c>Retention:FeedbackEmailDays</c>, default 90) after the feedback was published, once their mail is sent.</summary>
public sealed record ForgetExpiredPersonalDataCommand : ICommand<ForgetExpiredPersonalDataResponse>;

/// <summary>How many sign-ups had their name or address deleted.</summary>
public sealed record ForgetExpiredPersonalDataResponse(int SignUpsForgotten, int UnconfirmedAddressesForgotten = 0, int FeedbackAddressesForgotten = 0);

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
        return new ForgetExpiredPersonalDataResponse(forgotten, unconfirmed, afterFeedback);
    }
}
