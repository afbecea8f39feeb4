using Medborgardialog.Api.Infrastructure.Auth;

namespace Medborgardialog.Api.Features.Moderation.Common;

/// <summary>The audit log as people read it, newest first: the dialogue's title and the moderator's name (none when the
/// system acted). The log page and the police-report export read it the same way.</summary>
public static class ModerationLogLines
{
    public static IQueryable<ModerationLogEntryDto> Read(AppDbContext db, IQueryable<ModerationLogEntry> entries) =>
        from e in entries
        join d in db.Dialogues.AsNoTracking() on e.DialogueId equals d.Id
        join u in db.Set<StaffUser>().AsNoTracking() on e.ActorUserId equals (Guid?)u.Id into actors
        from u in actors.DefaultIfEmpty()
        orderby e.At descending, e.Id descending
        select new ModerationLogEntryDto(e.Id, e.At, e.Action, e.Reason, e.OpinionId, e.DialogueId, d.Title, u == null ? null : u.DisplayName);
}
