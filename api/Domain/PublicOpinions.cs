using System.Linq.Expressions;

namespace Medborgardialog.Api.Domain;

/// <summary>Which opinions the public sees, in one place (the list, reports).</summary>
public static class PublicOpinions
{
    /// <summary>Shown with its text: passed by a moderator, or not flagged and the dialogue is post-moderated.</summary>
    public static Expression<Func<Opinion, bool>> Shown(ModerationMode mode) =>
        mode == ModerationMode.PostModeration
            ? o => o.Moderation == ModerationStatus.Approved || o.Moderation == ModerationStatus.Unreviewed
            : o => o.Moderation == ModerationStatus.Approved;

    /// <summary>In the public list: shown, or hidden by a moderator (as a notice with the reason).</summary>
    public static Expression<Func<Opinion, bool>> Listed(ModerationMode mode) =>
        mode == ModerationMode.PostModeration
            ? o => o.Moderation == ModerationStatus.Approved || o.Moderation == ModerationStatus.Unreviewed || o.Moderation == ModerationStatus.Hidden
            : o => o.Moderation == ModerationStatus.Approved || o.Moderation == ModerationStatus.Hidden;

    public static bool IsShown(ModerationStatus status, ModerationMode mode) =>
        status == ModerationStatus.Approved || (status == ModerationStatus.Unreviewed && mode == ModerationMode.PostModeration);
}
