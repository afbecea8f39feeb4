using Medborgardialog.Api.Features.DialogueResults.Common;
using NpgsqlTypes;

namespace Medborgardialog.Api.Features.ThemeSuggestions.Common;

/// <summary>What the theme suggestions read and show: the opinions' stems (from the search vector PostgreSQL keeps),
/// the words as residents wrote them, and where a suggestion's words are in an example.</summary>
internal static class SuggestionWords
{
    /// <summary>The opinions a run reads: those that count in the result (and, when asked, only those under no theme).</summary>
    public static IQueryable<Opinion> Opinions(AppDbContext db, ThemeSuggestionRun run)
    {
        var opinions = db.Opinions.AsNoTracking().Where(o => o.DialogueId == run.DialogueId).Where(Opinion.InResult);
        return run.OnlyUntagged ? opinions.Where(o => o.ThemeIds.Count == 0) : opinions;
    }

    /// <summary>Each opinion's distinct stems: of its text and free-text answers, or of its answer to one question.</summary>
    public static async Task<List<StemmedOpinion>> StemsAsync(AppDbContext db, ThemeSuggestionRun run, CancellationToken cancellationToken)
    {
        var opinions = Opinions(db, run);
        if (run.QuestionId is { } questionId)
        {
            var ids = opinions.Select(o => o.Id);
            var answers = await SuggestionSql.AnswerVectors(db, run.DialogueId, questionId).Where(a => ids.Contains(a.OpinionId)).ToListAsync(cancellationToken);
            return answers.Select(a => new StemmedOpinion(a.OpinionId, a.Vector.Select(l => l.Text).ToList())).ToList();
        }

        var rows = await opinions.Join(db.OpinionTexts, o => o.Id, t => t.OpinionId, (o, t) => new { o.Id, Vector = t.SearchVector }).ToListAsync(cancellationToken);
        return rows.Select(r => new StemmedOpinion(r.Id, r.Vector.Select(l => l.Text).ToList())).ToList();
    }

    /// <summary>The words the run is about, per opinion: the answer to its question, or the text (and free-text answers).</summary>
    public static async Task<Dictionary<Guid, string>> TextsAsync(AppDbContext db, Guid dialogueId, Guid? questionId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Opinions.AsNoTracking().Where(o => o.DialogueId == dialogueId && ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Text, o.Answers }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r =>
        {
            var free = r.Answers.Where(a => a.Text is { Length: > 0 } && (questionId is null || a.QuestionId == questionId)).Select(a => a.Text!);
            return questionId is null ? string.Join(" ", free.Prepend(r.Text).Where(t => t.Length > 0)) : string.Join(" ", free);
        });
    }

    /// <summary>For each stem, the word that residents wrote most often for it in these texts (the stem itself when it
    /// is only ever part of a compound: "cykel" in "cykelbanor").</summary>
    public static async Task<Func<string, string>> SpellingsAsync(AppDbContext db, IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        var counts = texts.SelectMany(t => OpinionMatches.Word().Matches(t).Select(m => m.Value.ToLowerInvariant()))
            .GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var stems = await OpinionMatches.StemsAsync(db, counts.Keys.ToArray(), cancellationToken);
        var best = stems.SelectMany(s => s.Value.Select(stem => (Stem: stem, Word: s.Key, Count: counts[s.Key])))
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Count).ThenBy(x => x.Word.Length).ThenBy(x => x.Word, StringComparer.Ordinal).First().Word, StringComparer.Ordinal);
        return stem => best.TryGetValue(stem, out var word) ? word : stem;
    }

    /// <summary>Where a suggestion's stems are in a text: words with one of them as stem, or inside their stem (a
    /// compound). The texts' words are stemmed once, in one round trip; then any text and any suggestion's stems.</summary>
    public static async Task<Func<string, IReadOnlySet<string>, IReadOnlyList<TextHit>>> HitsAsync(AppDbContext db, IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        var words = texts.SelectMany(t => OpinionMatches.Word().Matches(t).Select(m => m.Value.ToLowerInvariant())).Distinct(StringComparer.Ordinal).ToArray();
        var stems = await OpinionMatches.StemsAsync(db, words, cancellationToken);
        return (text, terms) => OpinionMatches.Word().Matches(text)
            .Where(m => stems.TryGetValue(m.Value.ToLowerInvariant(), out var s)
                && s.Any(stem => terms.Contains(stem) || terms.Any(t => t.Length >= 4 && stem.Contains(t, StringComparison.Ordinal))))
            .Select(m => new TextHit(m.Index, m.Length)).ToList();
    }

    /// <summary>
    /// Everyday words of opinions that PostgreSQL's Swedish stop list (Snowball's: och, att, det …) keeps but that say
    /// nothing about what an opinion is about — "fler", "borde", "tack", "bra", "kommunen" — so they cannot make a theme
    /// of their own. General Swedish, not the words of any one dialogue; stemmed by PostgreSQL like the opinions.
    /// </summary>
    public static readonly string[] EverydayWords =
    [
        "fler", "flera", "mer", "mera", "mest", "mycket", "många", "mindre", "bättre", "sämre", "större", "ganska", "väldigt", "jätte",
        "gör", "göra", "gjort", "gjorde", "ska", "skall", "skulle", "borde", "bör", "vore", "kan", "kunde", "kunna", "vill", "ville", "måste",
        "få", "får", "fått", "gå", "går", "gått", "se", "ser", "sett", "ge", "ger", "gett", "ta", "tar", "tagit", "komma", "kommer", "kommit",
        "bli", "blir", "blivit", "blev", "vara", "varit", "ha", "har", "hade", "haft", "finns", "fanns", "behövs", "behöver", "saknas",
        "tycker", "tror", "tänker", "hoppas", "önskar", "säga", "säger", "sagt", "tack", "snälla", "bra", "dåligt", "dålig", "fint",
        "inga", "ingen", "inget", "nån", "någon", "något", "några", "nåt", "alla", "allt", "hela", "helt", "bara", "också", "även",
        "igen", "lite", "typ", "asså", "alltså", "liksom", "kanske", "gärna", "ju", "väl", "dock", "därför", "eftersom", "sätt", "annat",
        "andra", "annan", "sen", "sedan", "nu", "idag", "redan", "aldrig", "alltid", "ofta", "innan", "före", "efter", "förr", "samt",
        "sak", "saker", "del", "gång", "gånger", "år", "dag", "folk", "människor", "personer", "kommun", "kommunen", "karlskoga",
        "in", "ut", "upp", "ner", "runt", "längs", "genom", "tills", "mellan", "bakom", "framför", "utan", "mot", "hos", "utanför",
        "både", "varken", "verkar", "vet", "särskilt", "speciellt", "stor", "stora", "liten", "små", "ny", "nya", "nytt", "gammal",
        "gamla", "bort", "kvar", "själv", "själva", "överallt", "ordentligt", "e", "va", "iaf", "osv", "t.ex", "tex",
    ];

    /// <summary>The stems of <see cref="EverydayWords"/>.</summary>
    public static async Task<IReadOnlySet<string>> EverydayStemsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await OpinionMatches.StemsAsync(db, EverydayWords, cancellationToken)).Values.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);

    /// <summary>A name to start from: the two commonest key words ("Cykelbanor, cykelställ").</summary>
    public static string Name(IReadOnlyList<string> keyWords)
    {
        if (keyWords.Count == 0)
        {
            return "Tema";
        }

        var name = string.Join(", ", keyWords.Take(2));
        name = char.ToUpper(name[0], Words.Swedish.Culture) + name[1..];
        return name.Length <= OutcomeLimits.ThemeName ? name : name[..OutcomeLimits.ThemeName];
    }
}

/// <summary>The area's raw SQL: what EF Core cannot say over the jsonb answers.</summary>
internal static class SuggestionSql
{
    /// <summary>The Swedish vector of each answer to one free-text question of the dialogue's opinions.</summary>
    public static IQueryable<AnswerVector> AnswerVectors(AppDbContext db, Guid dialogueId, Guid questionId) => db.Database.SqlQuery<AnswerVector>($"""
        SELECT o.id AS opinion_id, to_tsvector('swedish'::regconfig, a->>'text') AS vector
        FROM opinions o CROSS JOIN LATERAL jsonb_array_elements(o.answers) a
        WHERE o.dialogue_id = {dialogueId} AND a->>'questionId' = {questionId.ToString()} AND jsonb_typeof(a->'text') = 'string'
        """);

    internal sealed record AnswerVector(Guid OpinionId, NpgsqlTsVector Vector);
}
