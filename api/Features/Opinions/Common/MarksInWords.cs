using Medborgardialog.Api.Words;

namespace Medborgardialog.Api.Features.Opinions.Common;

/// <summary>Map answers read as the other answers are for staff and moderators: each mark as its category, its place (a
/// named place, the words describing it, or what it is on the map) and its comment — the resident's own words, which
/// moderators must see.</summary>
internal static class MarksInWords
{
    /// <summary>The marks of these opinions, by opinion and map question, each in words.</summary>
    public static Task<ILookup<Guid, (Guid QuestionId, IReadOnlyList<string> Marks)>> OfAsync(AppDbContext db, IReadOnlyCollection<Guid> opinionIds,
        IReadOnlyDictionary<Guid, Question> questions, IReadOnlyList<NamedPlace> places, CancellationToken cancellationToken) =>
        InWordsAsync(db.MapMarks.AsNoTracking().Where(m => opinionIds.Contains(m.OpinionId)), questions, places, cancellationToken);

    /// <summary>The marks of every opinion of a dialogue, by opinion and map question, each in words (the CSV export).</summary>
    public static Task<ILookup<Guid, (Guid QuestionId, IReadOnlyList<string> Marks)>> OfDialogueAsync(AppDbContext db, Guid dialogueId,
        IReadOnlyDictionary<Guid, Question> questions, IReadOnlyList<NamedPlace> places, CancellationToken cancellationToken) =>
        InWordsAsync(db.MapMarks.AsNoTracking().Where(m => m.DialogueId == dialogueId), questions, places, cancellationToken);

    private static async Task<ILookup<Guid, (Guid QuestionId, IReadOnlyList<string> Marks)>> InWordsAsync(IQueryable<MapMark> marks,
        IReadOnlyDictionary<Guid, Question> questions, IReadOnlyList<NamedPlace> places, CancellationToken cancellationToken)
    {
        var rows = await marks
            .OrderBy(m => m.OpinionId).ThenBy(m => m.Position)
            .Select(m => new { m.OpinionId, m.QuestionId, m.Kind, m.CategoryId, m.PlaceId, m.Description, m.Comment })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.OpinionId, r.QuestionId))
            .Select(g => (g.Key.OpinionId, g.Key.QuestionId, Marks: (IReadOnlyList<string>)g.Select(m => string.Join(" · ", new[]
            {
                questions.GetValueOrDefault(m.QuestionId)?.Options.FirstOrDefault(o => o.Id == m.CategoryId)?.Text,
                m.PlaceId is { } place ? places.FirstOrDefault(p => p.Id == place)?.Name
                    : m.Kind is { } kind ? Swedish.MarkKinds[kind] : m.Description,
                m.Comment,
            }.Where(t => !string.IsNullOrWhiteSpace(t)))).ToList()))
            .ToLookup(x => x.OpinionId, x => (x.QuestionId, x.Marks));
    }
}
