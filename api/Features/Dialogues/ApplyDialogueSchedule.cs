namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Opens the announced dialogues whose opening time has come and closes the open ones whose closing
/// time has passed. Sent every minute by a recurring job; each change is recorded as made by the schedule.</summary>
public sealed record ApplyDialogueScheduleCommand : ICommand<ApplyDialogueScheduleResponse>;

/// <summary>How many dialogues the schedule changed.</summary>
public sealed record ApplyDialogueScheduleResponse(int Changed);

public sealed class ApplyDialogueScheduleHandler(AppDbContext db, TimeProvider clock)
    : ICommandHandler<ApplyDialogueScheduleCommand, ApplyDialogueScheduleResponse>
{
    public async ValueTask<ApplyDialogueScheduleResponse> Handle(ApplyDialogueScheduleCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Dialogues
            .Where(d => (d.Status == DialogueStatus.Announced && d.OpensAt <= now)
                     || (d.Status == DialogueStatus.Open && d.ClosesAt <= now)
                     || (d.Status == DialogueStatus.Open && d.ClosingSoonNoticedAt == null && d.ClosesAt - DialogueEvent.ClosingSoonBefore <= now
                         && d.OpensAt < d.ClosesAt - DialogueEvent.ClosingSoonBefore))
            .OrderBy(d => d.OpensAt)
            .Take(500)
            .ToListAsync(cancellationToken);

        var changed = due.Count(d => d.FollowSchedule(now));
        await db.SaveChangesAsync(cancellationToken);
        return new ApplyDialogueScheduleResponse(changed);
    }
}
