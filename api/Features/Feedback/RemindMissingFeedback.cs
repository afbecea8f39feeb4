using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Feedback;

/// <summary>Reminds the responsible official when a decision was recorded a while ago (<c>Feedback:ReminderAfterDays</c>,
/// default 14) and no feedback is published yet. Once per decision; the reminder goes through the e-mail ledger.</summary>
public sealed record RemindMissingFeedbackCommand : ICommand<int>;

public sealed class RemindMissingFeedbackHandler(AppDbContext db, TimeProvider clock, IConfiguration configuration, EmailTemplates templates) : ICommandHandler<RemindMissingFeedbackCommand, int>
{
    public async ValueTask<int> Handle(RemindMissingFeedbackCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = now.AddDays(-configuration.GetValue("Feedback:ReminderAfterDays", 14));
        var site = PublicSite.Url(configuration);
        var overdue = await (
                from decision in db.Decisions
                join d in db.Dialogues on decision.DialogueId equals d.Id
                where decision.RecordedAt <= due && decision.FeedbackReminderSentAt == null
                      && !db.Feedbacks.Any(f => f.DialogueId == decision.DialogueId)
                select new { Decision = decision, d.Title, d.CreatedByUserId })
            .Take(200)
            .ToListAsync(cancellationToken);
        foreach (var item in overdue)
        {
            // The official who recorded the decision, or else the one who created the dialogue.
            var userId = item.Decision.RecordedByUserId ?? item.CreatedByUserId;
            var address = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
            if (address is not null)
            {
                var mail = await templates.RenderAsync(new MissingFeedbackReminderEmail.Content(item.Title, item.Decision.RecordedAt,
                    $"{site}/personal/dialoger/{item.Decision.DialogueId}/beslut"));
                db.OutgoingEmails.Add(new OutgoingEmail(Guid.CreateVersion7(now), "feedback-reminder", address, mail.Subject, mail.Text, mail.Html, now));
            }

            item.Decision.FeedbackReminderSent(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return overdue.Count;
    }
}
