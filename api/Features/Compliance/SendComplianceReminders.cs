using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Email;
using Medborgardialog.Api.Infrastructure.Hosting;
using Medborgardialog.Api.Infrastructure.Jobs;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Compliance;

/// <summary>Daily: e-mails the responsible official (who created the dialogue) when a promise is about to be missed —
/// due within <c>Compliance:RemindDaysBefore</c> days and not yet kept. Once per dialogue and promise.</summary>
public sealed record SendComplianceRemindersCommand : ICommand<int>, Infrastructure.Http.IChangesNoPublicPage;

public sealed class SendComplianceRemindersHandler(AppDbContext db, ComplianceFacts facts, TimeProvider clock, IConfiguration configuration, IEmailOutboxKick outbox,
    EmailTemplates templates) : ICommandHandler<SendComplianceRemindersCommand, int>
{
    public async ValueTask<int> Handle(SendComplianceRemindersCommand command, CancellationToken cancellationToken)
    {
        var live = db.Dialogues.Where(d => d.Status != DialogueStatus.Cancelled && !db.Feedbacks.Any(f => f.DialogueId == d.Id));
        var checklists = await facts.ChecklistsAsync(live, cancellationToken);
        var sent = await db.ComplianceReminders.AsNoTracking().Select(r => new { r.DialogueId, r.Promise }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var site = PublicSite.Url(configuration);
        var responsible = checklists.Select(c => c.ResponsibleStaffId).OfType<Guid>().Distinct().ToList();
        var addresses = await db.Users.AsNoTracking().Where(u => responsible.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        var count = 0;
        foreach (var dialogue in checklists.Where(c => c.ResponsibleStaffId is not null))
        {
            var due = dialogue.Items.Where(i => i.AboutToBeMissed && !sent.Any(s => s.DialogueId == dialogue.DialogueId && s.Promise == i.Promise.ToString())).ToList();
            if (due.Count == 0 || !addresses.TryGetValue(dialogue.ResponsibleStaffId!.Value, out var address))
            {
                continue;
            }

            var mail = await templates.RenderAsync(new ComplianceReminderEmail.Content(dialogue.Title, due, $"{site}/personal/efterlevnad"));
            db.OutgoingEmails.Add(new OutgoingEmail(Guid.CreateVersion7(now), "compliance-reminder", address, mail.Subject, mail.Text, mail.Html, now));
            foreach (var item in due)
            {
                db.ComplianceReminders.Add(new ComplianceReminder(dialogue.DialogueId, item.Promise.ToString(), now));
            }

            count += due.Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (count > 0)
        {
            outbox.Kick();
        }

        return count;
    }
}
