using Medborgardialog.Api.Words;
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
    IReadOnlyList<TargetGroupReach> TargetGroups)
{
    /// <summary>Answers by the language the resident gave them in (every language served, Swedish first; the label is the
    /// language's own name): whether a dialogue reached those who read another language (promise Q4).</summary>
    public IReadOnlyList<ReachCount> ByLanguage { get; init; } = [];

    /// <summary>How many follow the dialogue by e-mail (confirmed): a number only — who they are is never shown, and they
    /// are not participants (they count in no other figure).</summary>
    public int Followers { get; init; }
}

/// <summary>A count for one value (a channel, a district code, an age band, a relation, a language; "unknown" when not given).</summary>
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
    ReachAssessment Assessment,
    ReachBasis Basis);

/// <summary>What the figures of a target group say, for the page to put in words: everyone took part (<c>everyone</c>);
/// the group is not asked about (<c>notAsked</c>: count the sessions held for it instead); too few answers about its
/// <c>basis</c> to judge yet (<c>tooFewAnswers</c>); clearly below its expected share (<c>underReached</c>: consider a
/// session aimed at it); or its share among those who answered (<c>shareOfAnswered</c>).</summary>
public enum ReachAssessment
{
    Everyone,
    NotAsked,
    TooFewAnswers,
    UnderReached,
    ShareOfAnswered,
}

public sealed class GetReachValidator : AbstractValidator<GetReachQuery>
{
    public GetReachValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
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
        // One grouped query: at most channels × age bands × districts × relations × languages rows, never the opinions themselves.
        var groups = await db.Opinions.AsNoTracking()
            .Where(Opinion.InResult).Where(o => o.DialogueId == query.DialogueId)
            .GroupBy(o => new { o.Channel, o.Background.AgeBand, o.Background.District, o.Background.Relation, o.Language })
            .Select(g => new { g.Key.Channel, g.Key.AgeBand, g.Key.District, g.Key.Relation, g.Key.Language, Count = g.Count() })
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

        // The measure is the domain's (promise Q4), shared with the compliance checklist; the notes are this page's.
        var backgrounds = groups.GroupBy(g => new { g.AgeBand, g.District, g.Relation })
            .Select(g => new BackgroundCount(g.Key.AgeBand, g.Key.District, g.Key.Relation, g.Sum(x => x.Count))).ToList();
        var settings = options.Value;
        var targetGroups = Reach.Measure(dialogue.TargetGroups, dialogue.Districts, backgrounds, settings)
            .Select(m => new TargetGroupReach(m.Group, m.Measured, m.Count, m.Answered, m.Share, m.ExpectedShare, m.UnderReached, Assess(m, settings), m.Basis))
            .ToList();

        var byLanguage = Languages.All
            .Select(l => new ReachCount(l.Code, l.Name, groups.Where(g => g.Language == l.Code).Sum(g => g.Count)))
            .ToList();

        var followers = await db.Follows.AsNoTracking().CountAsync(f => f.DialogueId == query.DialogueId && f.ConfirmedAt != null, cancellationToken);
        return new ReachDto(query.DialogueId, dialogue.Status, total, online, total - online, byChannel, byDistrict, byAge, byRelation, targetGroups)
        {
            ByLanguage = byLanguage,
            Followers = followers,
        };
    }

    private static ReachAssessment Assess(GroupMeasure m, ReachOptions settings) => m.Basis switch
    {
        ReachBasis.Everyone => ReachAssessment.Everyone,
        ReachBasis.NotAsked => ReachAssessment.NotAsked,
        _ when m.Answered < settings.MinimumAnswers => ReachAssessment.TooFewAnswers,
        _ when m.UnderReached => ReachAssessment.UnderReached,
        _ => ReachAssessment.ShareOfAnswered,
    };

    private static string Key<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
