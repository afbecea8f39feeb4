using System.Collections.Concurrent;

namespace Medborgardialog.Api.Features.Opinions.Common;

/// <summary>
/// What an opinion is checked against, kept in memory so the hot path of <see cref="SubmitOpinionHandler"/> reads only the
/// dialogue's status before the insert. Safe to keep: a questionnaire can only change while its dialogue is a draft
/// (<see cref="Dialogue.SetQuestionnaire"/>), and drafts are never cached; the districts are reference data written by
/// a migration, re-read every few minutes. The dialogue's status is not cached: it changes, and the domain is asked
/// with the status read at the time (<see cref="Dialogue.EnsureAcceptsOpinions(DialogueStatus, OpinionChannel)"/>).
/// </summary>
public sealed class OpinionFormCache
{
    private static readonly TimeSpan DistrictsFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<Question>> _questionnaires = new();
    private (HashSet<string> Codes, DateTimeOffset ReadAt)? _districts;

    /// <summary>The questionnaire of a published dialogue, or null when there is no published dialogue with the id.</summary>
    public async ValueTask<IReadOnlyList<Question>?> QuestionsAsync(AppDbContext db, Guid dialogueId, CancellationToken cancellationToken)
    {
        if (_questionnaires.TryGetValue(dialogueId, out var cached))
        {
            return cached;
        }

        var found = await db.Dialogues.AsNoTracking()
            .Where(Dialogue.IsPublic)
            .Where(d => d.Id == dialogueId)
            .Select(d => new { d.Questions })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        IReadOnlyList<Question> questions = found.Questions;
        _questionnaires.TryAdd(dialogueId, questions);
        return questions;
    }

    /// <summary>Whether <paramref name="district"/> is one of Karlskoga's districts (true when none was given).</summary>
    public async ValueTask<bool> DistrictExistsAsync(AppDbContext db, string? district, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (district is null)
        {
            return true;
        }

        var now = clock.GetUtcNow();
        var districts = _districts;
        if (districts is null || now - districts.Value.ReadAt > DistrictsFor)
        {
            var codes = await db.Districts.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken);
            districts = (codes.ToHashSet(StringComparer.Ordinal), now);
            _districts = districts;
        }

        return districts.Value.Codes.Contains(district);
    }
}
