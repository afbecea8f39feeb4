using System.Text.RegularExpressions;
using Medborgardialog.Api.Features.DialogueResults.Common;
using NpgsqlTypes;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>
/// Opinions not yet under a theme that read like those under it, to review and tag: ranked by how many of the
/// theme's words they use (Swedish full text). The theme's words are those of the suggestion it was accepted from, or
/// else the stems most typical of its opinions (common in them, rare in the rest of the dialogue). Each opinion shows
/// which of the words it has: nothing here is a black box.
/// </summary>
public sealed record ListSimilarOpinionsQuery(Guid ThemeId, bool IncludeTagged = false, int PageSize = 20) : IQuery<SimilarOpinionsDto>;

/// <param name="Words">The theme's words the opinions are ranked by (stems).</param>
/// <param name="Items">The most similar opinions first.</param>
/// <param name="Total">How many opinions not under the theme share at least one of the words.</param>
public sealed record SimilarOpinionsDto(IReadOnlyList<string> Words, IReadOnlyList<SimilarOpinionDto> Items, int Total);

/// <param name="Id">The opinion.</param>
/// <param name="Text">Its text (and free-text answers).</param>
/// <param name="ThemeIds">The themes it is under (none unless asked to include tagged ones).</param>
/// <param name="Hits">Where the theme's words are in the text.</param>
public sealed record SimilarOpinionDto(Guid Id, string Text, IReadOnlyList<Guid> ThemeIds, IReadOnlyList<TextHit> Hits);

public sealed class ListSimilarOpinionsValidator : AbstractValidator<ListSimilarOpinionsQuery>
{
    public ListSimilarOpinionsValidator()
    {
        RuleFor(q => q.ThemeId).NotEmpty().RouteValue("id");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed partial class ListSimilarOpinionsHandler(AppDbContext db) : IQueryHandler<ListSimilarOpinionsQuery, SimilarOpinionsDto>
{
    private const int Terms = 8;

    public async ValueTask<SimilarOpinionsDto> Handle(ListSimilarOpinionsQuery query, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.AsNoTracking().Where(t => t.Id == query.ThemeId).Select(t => new { t.Id, t.DialogueId }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.ThemeNotFound, $"There is no theme with id {query.ThemeId}.");
        var terms = (await TermsAsync(theme.Id, theme.DialogueId, cancellationToken)).Where(t => Lexeme().IsMatch(t)).ToList();
        if (terms.Count == 0)
        {
            return new SimilarOpinionsDto([], [], 0);
        }

        var tsquery = string.Join(" | ", terms);
        var themeId = theme.Id;
        var candidates = db.Opinions.AsNoTracking().Where(o => o.DialogueId == theme.DialogueId).Where(Opinion.InResult)
            .Where(o => !o.ThemeIds.Contains(themeId))
            .Where(o => db.OpinionTexts.Any(t => t.OpinionId == o.Id && t.SearchVector.Matches(EF.Functions.ToTsQuery("simple", tsquery))));
        if (!query.IncludeTagged)
        {
            candidates = candidates.Where(o => o.ThemeIds.Count == 0);
        }

        var total = await candidates.CountAsync(cancellationToken);
        var rows = await (from o in candidates
                          join t in db.OpinionTexts on o.Id equals t.OpinionId
                          orderby t.SearchVector.Rank(EF.Functions.ToTsQuery("simple", tsquery)) descending, o.SubmittedAt descending, o.Id
                          select new { o.Id, Text = t.SearchText, o.ThemeIds })
            .Take(query.PageSize).ToListAsync(cancellationToken);
        var words = rows.SelectMany(r => OpinionMatches.Word().Matches(r.Text).Select(m => m.Value.ToLowerInvariant())).Distinct(StringComparer.Ordinal).ToArray();
        var stems = await OpinionMatches.StemsAsync(db, words, cancellationToken);
        var wanted = terms.ToHashSet(StringComparer.Ordinal);
        var items = rows.Select(r => new SimilarOpinionDto(r.Id, r.Text, r.ThemeIds,
            OpinionMatches.Word().Matches(r.Text).Where(m => stems.TryGetValue(m.Value.ToLowerInvariant(), out var s) && s.Any(wanted.Contains))
                .Select(m => new TextHit(m.Index, m.Length)).ToList())).ToList();
        return new SimilarOpinionsDto(terms, items, total);
    }

    /// <summary>The suggestion's stems when the theme came from one; else its opinions' most typical stems.</summary>
    private async Task<List<string>> TermsAsync(Guid themeId, Guid dialogueId, CancellationToken cancellationToken)
    {
        var accepted = await db.ThemeSuggestions.AsNoTracking().Where(s => s.ThemeId == themeId && s.Status == SuggestionStatus.Accepted)
            .Select(s => s.Terms).FirstOrDefaultAsync(cancellationToken);
        if (accepted is { Count: > 0 })
        {
            return accepted.Select(t => t.Stem).ToList();
        }

        var inTheme = await db.Opinions.AsNoTracking().Where(o => o.DialogueId == dialogueId && o.ThemeIds.Contains(themeId)).Where(Opinion.InResult)
            .Join(db.OpinionTexts, o => o.Id, t => t.OpinionId, (o, t) => new { o.Id, t.SearchVector })
            .OrderBy(x => x.Id).Take(2000).Select(x => x.SearchVector).ToListAsync(cancellationToken);
        if (inTheme.Count == 0)
        {
            return [];
        }

        var candidates = inTheme.SelectMany(v => v.Select(l => l.Text).Distinct()).GroupBy(s => s, StringComparer.Ordinal)
            .Select(g => (Stem: g.Key, Count: g.Count())).Where(c => Lexeme().IsMatch(c.Stem))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Stem, StringComparer.Ordinal).Take(30).ToList();
        var stems = candidates.Select(c => c.Stem).ToArray();
        var everywhere = await SimilarSql.DocumentCounts(db, dialogueId, stems).ToListAsync(cancellationToken);
        var all = await db.Opinions.CountAsync(o => o.DialogueId == dialogueId, cancellationToken);
        var df = everywhere.ToDictionary(e => e.Stem, e => e.Count, StringComparer.Ordinal);
        return candidates
            .Select(c => (c.Stem, Score: (double)c.Count / inTheme.Count * Math.Log((all + 1.0) / (df.GetValueOrDefault(c.Stem) + 1.0))))
            .Where(c => c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.Stem, StringComparer.Ordinal).Take(Terms).Select(c => c.Stem).ToList();
    }

    [GeneratedRegex(@"^[\p{L}\p{N}]+$")]
    private static partial Regex Lexeme();
}

/// <summary>The area's raw SQL for similar opinions.</summary>
internal static class SimilarSql
{
    /// <summary>In how many of the dialogue's opinions each stem occurs (the full-text index answers each count).</summary>
    public static IQueryable<StemCount> DocumentCounts(AppDbContext db, Guid dialogueId, string[] stems) => db.Database.SqlQuery<StemCount>($"""
        SELECT s AS stem, (SELECT count(*)::int FROM opinion_texts t WHERE t.dialogue_id = {dialogueId} AND t.search_vector @@ plainto_tsquery('simple', s)) AS count
        FROM unnest({stems}::text[]) AS s
        """);

    internal sealed record StemCount(string Stem, int Count);
}
