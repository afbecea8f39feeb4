using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Feeds;

/// <summary>
/// What the public Atom feed is made of, as queries: the feed (<see cref="GetAnnouncementsFeedHandler"/>) is built from
/// them, and the compliance checklist asks them whether a feedback has its entry (promise Q5), so the checklist says
/// what the feed really holds. A feedback counts as in the feed when this selection holds it — an entry that links to
/// its feedback page. The feed serves the 50 newest entries; one pushed out later by newer ones still counts, as it
/// was served while it was new (a feed's readers take what is new).
/// </summary>
public static class FeedEntries
{
    /// <summary>Published feedback with its dialogue and decision, as the feed shows it.</summary>
    public static IQueryable<FeedbackEntry> Feedback(AppDbContext db) =>
        from f in db.Feedbacks.AsNoTracking()
        join d in db.Dialogues on f.DialogueId equals d.Id
        join decision in db.Decisions on f.DialogueId equals decision.DialogueId
        select new FeedbackEntry
        {
            Id = f.Id,
            DialogueId = f.DialogueId,
            Slug = d.Slug,
            Title = d.Title,
            PublishedAt = f.PublishedAt,
            Committee = decision.Committee,
            Decision = decision.Text,
            HowResultWasUsed = decision.HowResultWasUsed,
        };
}

/// <summary>One feedback entry of the feed.</summary>
public sealed class FeedbackEntry
{
    public Guid Id { get; init; }
    public Guid DialogueId { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public DateTimeOffset PublishedAt { get; init; }
    public string Committee { get; init; } = "";
    public string Decision { get; init; } = "";
    public string HowResultWasUsed { get; init; } = "";
}
