using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Opinions;

/// <summary>Who took part so far (promise Q4), for staff: per channel, district, age band and relation, and each
/// target group against its expected share, so an under-reached group can get a session in time.</summary>
public sealed record GetReachQuery(Guid DialogueId) : IQuery<ReachDto>;

/// <summary>Participation in a dialogue. Withdrawn opinions are not counted; online and offline count the same.</summary>
public sealed record ReachDto(
    Guid DialogueId,
    DialogueStatus Status,
    int Total,
    int Online,
    int Offline,
    IReadOnlyList<ReachCount> ByChannel,
    IReadOnlyList<ReachCount> ByDistrict,
    IReadOnlyList<ReachCount> ByAgeBand,
    IReadOnlyList<ReachCount> ByRelation,
    IReadOnlyList<TargetGroupReach> TargetGroups);

/// <summary>A count for one value (a channel, a district code, an age band, a relation; "unknown" when not given).</summary>
public sealed record ReachCount(string Key, string Label, int Count);

/// <summary>How well a target group of the dialogue is reached. <c>Share</c> is of the participants who answered the
/// background question it rests on (<c>Answered</c>); <c>UnderReached</c> when clearly below <c>ExpectedShare</c>.</summary>
public sealed record TargetGroupReach(
    TargetGroup Group,
    bool Measured,
    int Count,
    int Answered,
    double? Share,
    double? ExpectedShare,
    bool UnderReached,
    string Note);

public sealed class GetReachValidator : AbstractValidator<GetReachQuery>
{
    public GetReachValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

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

public sealed class GetReachHandler(AppDbContext db, Microsoft.Extensions.Options.IOptions<ReachOptions> options)
    : IQueryHandler<GetReachQuery, ReachDto>
{
    public async ValueTask<ReachDto> Handle(GetReachQuery query, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId)
            .Select(d => new { d.Status, d.TargetGroups, d.Districts })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        // One grouped query: at most channels × age bands × districts × relations rows, never the opinions themselves.
        var groups = await db.Opinions.AsNoTracking()
            .Where(Opinion.InResult).Where(o => o.DialogueId == query.DialogueId)
            .GroupBy(o => new { o.Channel, o.Background.AgeBand, o.Background.District, o.Background.Relation })
            .Select(g => new { g.Key.Channel, g.Key.AgeBand, g.Key.District, g.Key.Relation, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var districtNames = await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder)
            .Select(d => new { d.Code, d.Name }).ToListAsync(cancellationToken);

        var total = groups.Sum(g => g.Count);
        var online = groups.Where(g => g.Channel == OpinionChannel.Online).Sum(g => g.Count);


        var byChannel = Enum.GetValues<OpinionChannel>()
            .Select(c => new ReachCount(Key(c), Key(c), groups.Where(g => g.Channel == c).Sum(g => g.Count)))
            .ToList();
        var byAge = Enum.GetValues<AgeBand>()
            .Select(a => new ReachCount(Key(a), Key(a), groups.Where(g => g.AgeBand == a).Sum(g => g.Count)))
            .Append(new ReachCount("unknown", "unknown", groups.Where(g => g.AgeBand == null).Sum(g => g.Count)))
            .ToList();
        var byRelation = Enum.GetValues<Relation>()
            .Select(r => new ReachCount(Key(r), Key(r), groups.Where(g => g.Relation == r).Sum(g => g.Count)))
            .Append(new ReachCount("unknown", "unknown", groups.Where(g => g.Relation == null).Sum(g => g.Count)))
            .ToList();
        var byDistrict = districtNames
            .Select(d => new ReachCount(d.Code, d.Name, groups.Where(g => g.District == d.Code).Sum(g => g.Count)))
            .Where(c => c.Count > 0 || dialogue.Districts.Contains(c.Key))
            .Append(new ReachCount("unknown", "unknown", groups.Where(g => g.District == null).Sum(g => g.Count)))
            .ToList();

        var settings = options.Value;
        var ageAnswered = groups.Where(g => g.AgeBand != null || g.Relation == Relation.YoungPerson).Sum(g => g.Count);
        var relationAnswered = groups.Where(g => g.Relation != null).Sum(g => g.Count);
        var districtAnswered = groups.Where(g => g.District != null).Sum(g => g.Count);
        var concerned = dialogue.Districts.Where(d => d != "hela-kommunen").ToHashSet();

        TargetGroupReach Measure(TargetGroup group, int count, int answered, string basis)
        {
            var expected = settings.ExpectedShares.TryGetValue(group, out var e) ? e : (double?)null;
            double? share = answered == 0 ? null : (double)count / answered;
            var under = expected is not null && answered >= settings.MinimumAnswers && share < expected * settings.UnderReachedBelow;
            var note = answered < settings.MinimumAnswers
                ? $"Too few answers about {basis} ({answered}) to judge yet."
                : under ? $"Clearly under-reached: {share:P0} against an expected {expected:P0}. Consider a session aimed at this group." : $"Share among those who gave their {basis}.";
            return new TargetGroupReach(group, true, count, answered, share, expected, under, note);
        }

        var targetGroups = dialogue.TargetGroups.Select(group => group switch
        {
            TargetGroup.AllResidents => new TargetGroupReach(group, true, total, total, total == 0 ? null : 1, null, false, "Everyone who took part."),
            TargetGroup.YoungPeople => Measure(group,
                groups.Where(g => g.AgeBand is AgeBand.Under16 or AgeBand.Age16To25 || g.Relation == Relation.YoungPerson).Sum(g => g.Count),
                ageAnswered, "age"),
            TargetGroup.OlderPeople => Measure(group, groups.Where(g => g.AgeBand == AgeBand.Age65Plus).Sum(g => g.Count), ageAnswered, "age"),
            TargetGroup.BusinessOwners => Measure(group, groups.Where(g => g.Relation == Relation.BusinessOwner).Sum(g => g.Count), relationAnswered, "relation to Karlskoga"),
            TargetGroup.DistrictResidents when concerned.Count > 0 => Measure(group,
                groups.Where(g => g.District != null && concerned.Contains(g.District)).Sum(g => g.Count), districtAnswered, "district"),
            _ => new TargetGroupReach(group, false, 0, 0, null, null, false,
                "Not asked: the background questions are kept minimal. Count the sessions held for this group instead."),
        }).ToList();

        return new ReachDto(query.DialogueId, dialogue.Status, total, online, total - online, byChannel, byDistrict, byAge, byRelation, targetGroups);
    }

    private static string Key<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
