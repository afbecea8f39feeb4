using System.Globalization;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Compliance;

/// <summary>The public yearly report: how many dialogues, who took part, how many had feedback on time, and every
/// dialogue's checklist — computed from the system's own data. Published dialogues that opened in the year.</summary>
public sealed record GetTransparencyReportQuery(int Year) : IQuery<TransparencyReport>;

public sealed record TransparencyReport(
    int Year,
    IReadOnlyList<int> Years,
    int Dialogues,
    int Cancelled,
    int Participants,
    IReadOnlyList<TransparencyCount> ByChannel,
    IReadOnlyList<TransparencyCount> ByDistrict,
    IReadOnlyList<TransparencyCount> ByAgeBand,
    int WithDecision,
    int FeedbackOnTime,
    int FeedbackLate,
    IReadOnlyList<PromiseSummary> Promises,
    IReadOnlyList<PublicChecklist> Checklists);

/// <summary>A count for one value ("unknown" when the background was not given).</summary>
public sealed record TransparencyCount(string Key, string Label, int Count);

/// <summary>How many dialogues of the year met, did not meet, or are not yet due on one promise.</summary>
public sealed record PromiseSummary(CompliancePromise Promise, int Met, int NotMet, int NotYetDue);

/// <summary>A dialogue's checklist as the public sees it.</summary>
public sealed record PublicChecklist(string Slug, string Title, string Committee, DialogueStatus Status, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, IReadOnlyList<ChecklistItem> Items);

public sealed class GetTransparencyReportValidator : AbstractValidator<GetTransparencyReportQuery>
{
    public GetTransparencyReportValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}

public sealed class GetTransparencyReportHandler(AppDbContext db, ComplianceFacts facts) : IQueryHandler<GetTransparencyReportQuery, TransparencyReport>
{
    public async ValueTask<TransparencyReport> Handle(GetTransparencyReportQuery query, CancellationToken cancellationToken)
    {
        var checklists = await facts.ChecklistsAsync(Years.PublicOf(db.Dialogues, query.Year), cancellationToken);
        var ids = checklists.Select(c => c.DialogueId).ToList();
        var groups = await db.Opinions.AsNoTracking().Where(Opinion.InResult).Where(o => ids.Contains(o.DialogueId))
            .GroupBy(o => new { o.Channel, o.Background.District, o.Background.AgeBand })
            .Select(g => new { g.Key.Channel, g.Key.District, g.Key.AgeBand, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).Select(d => new { d.Code, d.Name }).ToListAsync(cancellationToken);

        var byChannel = Enum.GetValues<OpinionChannel>()
            .Select(c => new TransparencyCount(Key(c), Key(c), groups.Where(g => g.Channel == c).Sum(g => g.Count))).ToList();
        var byDistrict = districts.Select(d => new TransparencyCount(d.Code, d.Name, groups.Where(g => g.District == d.Code).Sum(g => g.Count)))
            .Where(c => c.Count > 0)
            .Append(new TransparencyCount("unknown", "unknown", groups.Where(g => g.District == null).Sum(g => g.Count))).ToList();
        var byAge = Enum.GetValues<AgeBand>()
            .Select(a => new TransparencyCount(Key(a), Key(a), groups.Where(g => g.AgeBand == a).Sum(g => g.Count)))
            .Append(new TransparencyCount("unknown", "unknown", groups.Where(g => g.AgeBand == null).Sum(g => g.Count))).ToList();

        var feedback = checklists.Select(c => c.Items.Single(i => i.Promise == CompliancePromise.Q5Feedback)).ToList();
        var promises = Enum.GetValues<CompliancePromise>().Select(p =>
        {
            var items = checklists.Select(c => c.Items.Single(i => i.Promise == p)).ToList();
            return new PromiseSummary(p, items.Count(i => i.State == ItemState.Met), items.Count(i => i.State == ItemState.NotMet), items.Count(i => i.State == ItemState.NotYetDue));
        }).ToList();
        var withDecision = await db.Decisions.CountAsync(d => ids.Contains(d.DialogueId), cancellationToken);
        return new TransparencyReport(
            query.Year,
            await Years.WithDialoguesAsync(db.Dialogues.Where(Dialogue.IsPublic), cancellationToken),
            checklists.Count(c => c.Status != DialogueStatus.Cancelled),
            checklists.Count(c => c.Status == DialogueStatus.Cancelled),
            groups.Sum(g => g.Count),
            byChannel, byDistrict, byAge,
            withDecision,
            // On time: published within the promised days (the e-mails may still be going out). Late: published late, or
            // not published by the deadline.
            feedback.Count(i => i.DoneAt is { } done && done <= i.DueAt),
            feedback.Count(i => i.State == ItemState.NotMet),
            promises,
            checklists.OrderBy(c => c.OpensAt).Select(c => new PublicChecklist(c.Slug, c.Title, c.Committee, c.Status, c.OpensAt, c.ClosesAt, c.Items)).ToList());
    }

    private static string Key<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
