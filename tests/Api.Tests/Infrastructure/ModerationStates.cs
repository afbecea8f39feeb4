using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>Puts a stored opinion into any moderation state through the domain's own steps (as the automatic check and a
/// moderator would), for tests that need every state side by side.</summary>
internal static class ModerationStates
{
    public static readonly IReadOnlyList<ModerationStatus> All = Enum.GetValues<ModerationStatus>();

    public static void Put(Opinion opinion, ModerationStatus status, IReadOnlyList<ContentHit> hits, DateTimeOffset now)
    {
        var moderator = Guid.CreateVersion7(now);
        opinion.Screen(status == ModerationStatus.Held && hits.Count == 0 ? [new ContentHit(ContentCategory.Threat, "döda")] : hits, false, now);
        switch (status)
        {
            case ModerationStatus.Unreviewed when opinion.Moderation != ModerationStatus.Unreviewed:
                throw new ArgumentException("An opinion with content hits is held, never unreviewed.", nameof(hits));
            case ModerationStatus.Unreviewed or ModerationStatus.Held:
                break;
            case ModerationStatus.Approved:
                opinion.Approve(moderator, now);
                break;
            case ModerationStatus.Hidden:
                opinion.Hide("Dold av en moderator", moderator, now);
                break;
            case ModerationStatus.Spam:
                opinion.MarkAsSpam(moderator, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "A moderation state this helper does not know yet.");
        }

        opinion.Moderation.Should().Be(status);
    }
}
