using Medborgardialog.Api.Domain.Screening;

namespace Medborgardialog.Api.Features.Moderation.Common;

/// <summary>
/// The automatic check every new opinion passes before it is stored: the Swedish lexicon (threats, hate), personal
/// data (phone numbers, personnummer, e-mail addresses) and, for opinions given online, bursts of near-identical
/// opinions. Anything found holds the opinion for a moderator — it is stored and counted all the same.
/// </summary>
public sealed class OpinionScreening(NearDuplicates bursts)
{
    /// <summary>Screens the opinion; when it is held, the audit log's line for it (to be saved with the opinion).</summary>
    public async ValueTask<ModerationLogEntry?> ScreenAsync(Opinion opinion, bool online, DateTimeOffset now, IReadOnlyList<MapMark>? marks = null)
    {
        var words = WordsOf(opinion, marks);
        var hits = ContentCheck.Swedish.Check(words);
        var burst = online && await bursts.IsPartOfBurstAsync(opinion.DialogueId, words);
        return opinion.Screen(hits, burst, now)
            ? new ModerationLogEntry(Guid.CreateVersion7(now), opinion.Id, opinion.DialogueId, ModerationAction.HeldAutomatically, Describe(hits, burst), null, now)
            : null;
    }

    /// <summary>Everything the resident wrote: the text, the free-text answers, and the marks' comments and descriptions.</summary>
    public static string WordsOf(Opinion opinion, IReadOnlyList<MapMark>? marks = null)
    {
        var free = opinion.Answers.Where(a => !string.IsNullOrWhiteSpace(a.Text)).Select(a => a.Text!)
            .Concat((marks ?? []).SelectMany(m => new[] { m.Description, m.Comment }).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!))
            .ToList();
        return free.Count == 0 ? opinion.Text : string.Join("\n", free.Prepend(opinion.Text));
    }

    /// <summary>Why it was held, in the moderators' language (Swedish), naming lexicon entries and kinds of personal data.</summary>
    public static string Describe(IReadOnlyList<ContentHit> hits, bool burst)
    {
        var parts = hits.GroupBy(h => h.Category)
            .Select(g => $"{CategoryName(g.Key)} ({string.Join(", ", g.Select(h => h.Term))})")
            .ToList();
        if (burst)
        {
            parts.Add("många nästan likadana synpunkter på kort tid");
        }

        return string.Join("; ", parts);
    }

    public static string CategoryName(ContentCategory category) => Words.Swedish.ContentCategories[category];
}
