namespace Medborgardialog.Api.Domain;

/// <summary>Expected shares per target group (Reach:ExpectedShares:&lt;Group&gt;), when a group counts as clearly
/// under-reached (below <c>UnderReachedBelow</c> × expected), and how many answers are needed before anyone is flagged.</summary>
public sealed class ReachOptions
{
    public Dictionary<TargetGroup, double> ExpectedShares { get; init; } = new()
    {
        // Karlskoga's population (SCB): about 27 % are under 26, about 25 % are 65 or older; about 8 % of working
        // residents run a business. A district dialogue should mostly hear the district itself.
        [TargetGroup.YoungPeople] = 0.15,
        [TargetGroup.OlderPeople] = 0.20,
        [TargetGroup.BusinessOwners] = 0.05,
        [TargetGroup.DistrictResidents] = 0.50,
    };

    public double UnderReachedBelow { get; init; } = 0.5;

    public int MinimumAnswers { get; init; } = 10;
}

/// <summary>Opinions in the result with one background (age band, district, relation): the grouped row that reach is
/// measured from, so a reader fetches counts, never the opinions themselves.</summary>
public sealed record BackgroundCount(AgeBand? AgeBand, string? District, Relation? Relation, int Count);

/// <summary>Which background question a target group's share rests on.</summary>
public enum ReachBasis
{
    /// <summary>Everyone who took part (all residents).</summary>
    Everyone,
    Age,
    Relation,
    District,

    /// <summary>Not asked: the background questions are kept minimal.</summary>
    NotAsked,
}

/// <summary>How well one target group is reached. <c>Share</c> is of the participants who answered the question it
/// rests on (<c>Answered</c>); <c>UnderReached</c> when clearly below <c>ExpectedShare</c> with enough answers.</summary>
public sealed record GroupMeasure(TargetGroup Group, ReachBasis Basis, int Count, int Answered, double? Share, double? ExpectedShare, bool UnderReached)
{
    public bool Measured => Basis != ReachBasis.NotAsked;
}

/// <summary>Promise Q4's measure: a dialogue's target groups against their expected shares, from the background counts of
/// the opinions in its result. Pure: the reach dashboard and the compliance checklist read the same numbers.</summary>
public static class Reach
{
    /// <summary>The whole municipality: never a district a "district residents" group can be measured against.</summary>
    public const string WholeMunicipality = "hela-kommunen";

    public static IReadOnlyList<GroupMeasure> Measure(IEnumerable<TargetGroup> targetGroups, IEnumerable<string> districts,
        IReadOnlyCollection<BackgroundCount> counts, ReachOptions options)
    {
        var total = counts.Sum(g => g.Count);
        var ageAnswered = counts.Where(g => g.AgeBand != null || g.Relation == Relation.YoungPerson).Sum(g => g.Count);
        var relationAnswered = counts.Where(g => g.Relation != null).Sum(g => g.Count);
        var districtAnswered = counts.Where(g => g.District != null).Sum(g => g.Count);
        var concerned = districts.Where(d => d != WholeMunicipality).ToHashSet();

        GroupMeasure Share(TargetGroup group, ReachBasis basis, int count, int answered)
        {
            var expected = options.ExpectedShares.TryGetValue(group, out var e) ? e : (double?)null;
            double? share = answered == 0 ? null : (double)count / answered;
            var under = expected is not null && answered >= options.MinimumAnswers && share < expected * options.UnderReachedBelow;
            return new GroupMeasure(group, basis, count, answered, share, expected, under);
        }

        return targetGroups.Select(group => group switch
        {
            TargetGroup.AllResidents => new GroupMeasure(group, ReachBasis.Everyone, total, total, total == 0 ? null : 1, null, false),
            TargetGroup.YoungPeople => Share(group, ReachBasis.Age,
                counts.Where(g => g.AgeBand is AgeBand.Under16 or AgeBand.Age16To25 || g.Relation == Relation.YoungPerson).Sum(g => g.Count), ageAnswered),
            TargetGroup.OlderPeople => Share(group, ReachBasis.Age, counts.Where(g => g.AgeBand == AgeBand.Age65Plus).Sum(g => g.Count), ageAnswered),
            TargetGroup.BusinessOwners => Share(group, ReachBasis.Relation, counts.Where(g => g.Relation == Relation.BusinessOwner).Sum(g => g.Count), relationAnswered),
            TargetGroup.DistrictResidents when concerned.Count > 0 => Share(group, ReachBasis.District,
                counts.Where(g => g.District != null && concerned.Contains(g.District)).Sum(g => g.Count), districtAnswered),
            _ => new GroupMeasure(group, ReachBasis.NotAsked, 0, 0, null, null, false),
        }).ToList();
    }
}
