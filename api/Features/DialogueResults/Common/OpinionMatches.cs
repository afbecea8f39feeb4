using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Medborgardialog.Api.Features.DialogueResults.Common;

/// <summary>
/// Which of a dialogue's opinions staff mean — a search and filters — said once for the list they read and the bulk
/// tagging that acts on what they read, so "tag all 2 314 matches" tags exactly the 2 314 the list counted.
/// </summary>
/// <param name="Search">Words, as in a web search engine (<c>websearch_to_tsquery</c>: <c>"cykel bana"</c>, <c>-parkering</c>, <c>or</c>).</param>
/// <param name="ThemeId">Only opinions grouped under this theme.</param>
/// <param name="Channel">Only opinions given through this channel.</param>
/// <param name="Untagged">Only opinions grouped under no theme yet.</param>
/// <param name="SameAs">Only the near-identical copies of this opinion (the same words, whatever the case, spaces and punctuation).</param>
/// <param name="SuggestionId">Only the opinions a theme suggestion would group.</param>
public sealed record OpinionMatch(
    string? Search = null,
    Guid? ThemeId = null,
    OpinionChannel? Channel = null,
    bool Untagged = false,
    Guid? SameAs = null,
    Guid? SuggestionId = null);

public sealed class OpinionMatchValidator : AbstractValidator<OpinionMatch>
{
    public OpinionMatchValidator()
    {
        RuleFor(m => m.Search).MaximumLength(200);
        RuleFor(m => m.Channel).IsInEnum();
    }
}

/// <summary>Where a search hit in a text: a word, as UTF-16 offsets (what JavaScript strings count).</summary>
public sealed record TextHit(int Start, int Length);

internal static partial class OpinionMatches
{
    /// <summary>
    /// The dialogue's opinions that match, as a query to compose on (counting, paging, tagging). Withdrawn opinions and
    /// spam are left out unless <paramref name="includeWithdrawn"/> (the list may show them; nothing acts on them).
    /// </summary>
    public static async Task<IQueryable<Opinion>> QueryAsync(AppDbContext db, Guid dialogueId, OpinionMatch match, bool includeWithdrawn, CancellationToken cancellationToken)
    {
        var opinions = db.Opinions.Where(o => o.DialogueId == dialogueId);
        if (!includeWithdrawn)
        {
            opinions = opinions.Where(Opinion.InResult);
        }

        if (Words(match.Search) is { } search)
        {
            var texts = db.OpinionTexts.Where(Matching(search));
            opinions = opinions.Where(o => texts.Select(t => t.OpinionId).Contains(o.Id));
        }

        if (match.ThemeId is { } themeId)
        {
            opinions = opinions.Where(o => o.ThemeIds.Contains(themeId));
        }

        if (match.Channel is { } channel)
        {
            opinions = opinions.Where(o => o.Channel == channel);
        }

        if (match.Untagged)
        {
            opinions = opinions.Where(o => o.ThemeIds.Count == 0);
        }

        if (match.SameAs is { } sameAs)
        {
            var fingerprint = await db.OpinionTexts.Where(t => t.OpinionId == sameAs && t.DialogueId == dialogueId)
                .Select(t => new { Key = t.Fingerprint }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(ProblemCodes.OpinionNotFound, $"The dialogue has no opinion with id {sameAs}.");
            var key = fingerprint.Key;
            opinions = key is null
                ? opinions.Where(o => o.Id == sameAs)
                : opinions.Where(o => db.OpinionTexts.Where(t => t.DialogueId == dialogueId && t.Fingerprint == key).Select(t => t.OpinionId).Contains(o.Id));
        }

        if (match.SuggestionId is { } suggestionId)
        {
            var ids = await db.ThemeSuggestions.Where(s => s.Id == suggestionId && s.DialogueId == dialogueId).Select(s => s.OpinionIds).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(ProblemCodes.SuggestionNotFound, $"The dialogue has no theme suggestion with id {suggestionId}.");
            opinions = opinions.Where(o => ids.Contains(o.Id));
        }

        return opinions;
    }

    /// <summary>Whole words in any form (the stemmed vector), or else every word as part of a longer one (the trigram
    /// index on the text as written): <c>search_vector @@ websearch_to_tsquery(…) OR (search_text ILIKE '%cykel%' AND …)</c>.</summary>
    private static Expression<Func<OpinionText, bool>> Matching(SearchWords search)
    {
        Expression<Func<OpinionText, bool>> whole = t => t.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(OpinionSearch.Configuration, search.Text));
        var opinion = whole.Parameters[0];
        Expression? parts = null;
        foreach (var part in search.Parts)
        {
            var pattern = "%" + part + "%";
            Expression<Func<OpinionText, bool>> contains = t => EF.Functions.ILike(t.SearchText, pattern, "\\");
            var body = new Rebind(contains.Parameters[0], opinion).Visit(contains.Body);
            parts = parts is null ? body : Expression.AndAlso(parts, body);
        }

        return parts is null ? whole : Expression.Lambda<Func<OpinionText, bool>>(Expression.OrElse(whole.Body, parts), opinion);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>Best matches first when there is a search (Swedish full-text rank; parts of words after whole words), else newest first.</summary>
    public static IQueryable<Opinion> Ordered(AppDbContext db, IQueryable<Opinion> opinions, OpinionMatch match)
    {
        if (Words(match.Search) is { } search)
        {
            var text = search.Text;
            return from o in opinions
                   join t in db.OpinionTexts on o.Id equals t.OpinionId
                   orderby t.SearchVector.RankCoverDensity(EF.Functions.WebSearchToTsQuery(OpinionSearch.Configuration, text)) descending, o.SubmittedAt descending, o.Id descending
                   select o;
        }

        return opinions.OrderByDescending(o => o.SubmittedAt).ThenByDescending(o => o.Id);
    }

    /// <summary>The search as typed, and its plain words for the partial-word match (none when it uses the search
    /// syntax: quotes, a minus, "or"; or when a word is shorter than three letters — a trigram index needs three).</summary>
    internal static SearchWords? Words(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var text = search.Trim();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var syntax = text.Contains('"', StringComparison.Ordinal) || words.Any(w => w.StartsWith('-') || w.Equals("or", StringComparison.OrdinalIgnoreCase));
        var parts = syntax || words.Any(w => w.Length < 3)
            ? []
            : words.Select(w => w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)).ToList();
        return new SearchWords(text, words.Where(w => !w.StartsWith('-') && !w.Equals("or", StringComparison.OrdinalIgnoreCase)).Select(w => w.Trim('"')).Where(w => w.Length > 0).ToList(), parts);
    }

    internal sealed record SearchWords(string Text, IReadOnlyList<string> Plain, IReadOnlyList<string> Parts);

    /// <summary>The words of a text as PostgreSQL's parser sees them (letters and digits), with their offsets.</summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    internal static partial Regex Word();

    /// <summary>
    /// The search's hits in each text: every word whose Swedish stem is one of the search's stems ("cykelbanorna" for
    /// "cykelbana"), and, when parts of words count, every word that contains a searched word. One round trip: the
    /// distinct words of the page and of the search are stemmed by PostgreSQL, the same stemmer the index used.
    /// </summary>
    public static async Task<Func<string, IReadOnlyList<TextHit>>> HitsAsync(AppDbContext db, string? search, IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        if (Words(search) is not { } words)
        {
            return _ => [];
        }

        var textList = texts.ToList();
        var distinct = textList.SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant()))
            .Concat(words.Plain.SelectMany(w => Word().Matches(w).Select(m => m.Value.ToLowerInvariant())))
            .Distinct().ToArray();
        var stems = await StemsAsync(db, distinct, cancellationToken);
        var wanted = words.Plain.SelectMany(w => Word().Matches(w).Select(m => m.Value.ToLowerInvariant()))
            .SelectMany(w => stems.TryGetValue(w, out var s) ? s : []).ToHashSet(StringComparer.Ordinal);
        var parts = words.Parts.Count > 0 ? words.Plain.Select(p => p.ToLowerInvariant()).ToList() : [];
        return text => Word().Matches(text)
            .Where(m =>
            {
                var word = m.Value.ToLowerInvariant();
                return (stems.TryGetValue(word, out var s) && s.Any(wanted.Contains)) || parts.Any(p => word.Contains(p, StringComparison.Ordinal));
            })
            .Select(m => new TextHit(m.Index, m.Length)).ToList();
    }

    /// <summary>Each word's Swedish stems (none for a stop word), by PostgreSQL's <c>swedish</c> configuration.</summary>
    public static async Task<Dictionary<string, string[]>> StemsAsync(AppDbContext db, string[] words, CancellationToken cancellationToken)
    {
        if (words.Length == 0)
        {
            return [];
        }

        var rows = await db.Database.SqlQuery<WordStems>($"""
            SELECT w AS word, ARRAY(SELECT lexeme FROM unnest(to_tsvector('swedish'::regconfig, w))) AS stems
            FROM unnest({words}::text[]) AS w
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Word, r => r.Stems, StringComparer.Ordinal);
    }

    internal sealed record WordStems(string Word, string[] Stems);
}
