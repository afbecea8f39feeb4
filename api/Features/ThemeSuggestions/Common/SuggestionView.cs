using Medborgardialog.Api.Features.DialogueResults.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions.Common;

/// <summary>The dialogue's latest theme suggestions (none before the first run).</summary>
public sealed record ThemeSuggestionsDto(SuggestionRunDto? Run);

/// <summary>A run: how far it got, and its suggestions once done (largest first; merged and split ones not shown).</summary>
/// <param name="Id">The run.</param>
/// <param name="Status">Queued, running, done or failed.</param>
/// <param name="Progress">0–100.</param>
/// <param name="Wanted">How many themes were asked for.</param>
/// <param name="QuestionId">Only the answers to this free-text question; none: the text and every free-text answer.</param>
/// <param name="OnlyUntagged">Only opinions under no theme yet.</param>
/// <param name="OpinionsRead">How many opinions had words to go by.</param>
/// <param name="RequestedAt">When staff asked.</param>
/// <param name="FinishedAt">When it was done (or failed).</param>
/// <param name="Suggestions">The suggestions.</param>
/// <param name="Unsorted">How many of the opinions read fit no suggestion.</param>
public sealed record SuggestionRunDto(Guid Id, SuggestionRunStatus Status, int Progress, int Wanted, Guid? QuestionId, bool OnlyUntagged, int OpinionsRead,
    DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt, IReadOnlyList<ThemeSuggestionDto> Suggestions, int Unsorted);

/// <summary>A proposed theme and why: its key words (as residents wrote them, most typical first), how many opinions it
/// would group, and its most typical opinions with the key words marked.</summary>
/// <param name="Id">The suggestion.</param>
/// <param name="Name">The name it would get (the two first key words until staff rename it).</param>
/// <param name="KeyWords">Its words, most typical first.</param>
/// <param name="Count">How many opinions it would group.</param>
/// <param name="Status">Proposed, accepted or rejected.</param>
/// <param name="ThemeId">Once accepted: the theme.</param>
/// <param name="TaggingId">Once accepted: the tagging, which undo reverses.</param>
/// <param name="Examples">Its most typical opinions.</param>
public sealed record ThemeSuggestionDto(Guid Id, string Name, IReadOnlyList<string> KeyWords, int Count, SuggestionStatus Status, Guid? ThemeId, Guid? TaggingId,
    IReadOnlyList<SuggestionExampleDto> Examples);

/// <summary>An example opinion, with where the suggestion's words are in it.</summary>
public sealed record SuggestionExampleDto(Guid OpinionId, string Text, IReadOnlyList<TextHit> Hits);

internal static class SuggestionView
{
    public static async Task<ThemeSuggestionsDto> LatestAsync(AppDbContext db, Guid dialogueId, CancellationToken cancellationToken)
    {
        var run = await db.ThemeSuggestionRuns.AsNoTracking().Where(r => r.DialogueId == dialogueId)
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return new ThemeSuggestionsDto(null);
        }

        var suggestions = await db.ThemeSuggestions.AsNoTracking()
            .Where(s => s.RunId == run.Id && (s.Status == SuggestionStatus.Proposed || s.Status == SuggestionStatus.Accepted || s.Status == SuggestionStatus.Rejected))
            .OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.KeyWords, s.Terms, Count = s.OpinionIds.Count, s.Status, s.ThemeId, s.TaggingOperationId, s.ExampleIds })
            .ToListAsync(cancellationToken);
        var grouped = await db.ThemeSuggestions.AsNoTracking()
            .Where(s => s.RunId == run.Id && s.Status != SuggestionStatus.Merged && s.Status != SuggestionStatus.Split)
            .SumAsync(s => s.OpinionIds.Count, cancellationToken);
        var exampleIds = suggestions.SelectMany(s => s.ExampleIds).ToList();
        var texts = await SuggestionWords.TextsAsync(db, dialogueId, run.QuestionId, exampleIds, cancellationToken);
        var hits = await SuggestionWords.HitsAsync(db, texts.Values, cancellationToken);
        var items = suggestions.Select(s =>
        {
            var terms = s.Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
            return new ThemeSuggestionDto(s.Id, s.Name, s.KeyWords, s.Count, s.Status, s.ThemeId, s.TaggingOperationId,
                s.ExampleIds.Where(texts.ContainsKey).Select(id => new SuggestionExampleDto(id, texts[id], hits(texts[id], terms))).ToList());
        }).ToList();
        return new ThemeSuggestionsDto(new SuggestionRunDto(run.Id, run.Status, run.Progress, run.Wanted, run.QuestionId, run.OnlyUntagged, run.OpinionsRead,
            run.RequestedAt, run.FinishedAt, items, Math.Max(0, run.OpinionsRead - grouped)));
    }
}
