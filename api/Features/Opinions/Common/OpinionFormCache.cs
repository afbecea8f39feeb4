using System.Collections.Concurrent;

namespace Medborgardialog.Api.Features.Opinions.Common;

/// <summary>
/// What an opinion is checked against, kept in memory so the hot path of <see cref="SubmitOpinionHandler"/> reads only the
/// dialogue's status before the insert. Safe to keep: a questionnaire can only change while its dialogue is a draft
/// (<see cref="Dialogue.SetQuestionnaire"/>), and drafts are never cached; the districts are reference data written by
/// a migration, re-read every few minutes. The dialogue's map (named places, area) changes only while a draft too
/// (<see cref="Dialogue.SetMap"/>). Whether its opinions are public may change at any time: every staff command makes
/// every instance forget what it read (<see cref="Forget"/>). The dialogue's status is not cached: it changes, and the domain is asked
/// with the status read at the time (<see cref="Dialogue.EnsureAcceptsOpinions(DialogueStatus, OpinionChannel)"/>).
/// </summary>
public sealed class OpinionFormCache
{
    private static readonly TimeSpan DistrictsFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<Guid, OpinionForm> _forms = new();
    private (HashSet<string> Codes, NetTopologySuite.Geometries.Geometry? Municipality, DateTimeOffset ReadAt)? _districts;

    /// <summary>Forgets everything read: after any staff command, on every instance (<c>ClusterSignals</c>), so a
    /// dialogue that is no longer public is not taken for one from memory.</summary>
    public void Forget()
    {
        _forms.Clear();
        _districts = null;
    }

    /// <summary>The questionnaire (and map) of a published dialogue, or null when there is no published dialogue with the id.</summary>
    public async ValueTask<OpinionForm?> FormAsync(AppDbContext db, Guid dialogueId, CancellationToken cancellationToken)
    {
        if (_forms.TryGetValue(dialogueId, out var cached))
        {
            return cached;
        }

        var found = await db.Dialogues.AsNoTracking()
            .Where(Dialogue.IsPublic)
            .Where(d => d.Id == dialogueId)
            .Select(d => new OpinionForm(d.Questions, d.MapPlaces, d.MapArea, d.OpinionVisibility == OpinionVisibility.Public))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        _forms.TryAdd(dialogueId, found);
        return found;
    }

    /// <summary>The municipality's area (the district that stands for it), which every mark must lie in; null when not known.</summary>
    public async ValueTask<NetTopologySuite.Geometries.Geometry?> MunicipalityAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        (await DistrictsAsync(db, clock, cancellationToken)).Municipality;

    /// <summary>Whether <paramref name="district"/> is one of Karlskoga's districts (true when none was given).</summary>
    public async ValueTask<bool> DistrictExistsAsync(AppDbContext db, string? district, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (district is null)
        {
            return true;
        }

        return (await DistrictsAsync(db, clock, cancellationToken)).Codes.Contains(district);
    }

    private async ValueTask<(HashSet<string> Codes, NetTopologySuite.Geometries.Geometry? Municipality, DateTimeOffset ReadAt)> DistrictsAsync(
        AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var districts = _districts;
        if (districts is null || now - districts.Value.ReadAt > DistrictsFor)
        {
            var read = await db.Districts.AsNoTracking().Select(d => new { d.Code, Whole = d.Code == District.WholeMunicipality ? d.Area : null }).ToListAsync(cancellationToken);
            districts = (read.Select(d => d.Code).ToHashSet(StringComparer.Ordinal), read.Select(d => d.Whole).FirstOrDefault(a => a is not null), now);
            _districts = districts;
        }

        return districts.Value;
    }
}
