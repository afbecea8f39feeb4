using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Features.Moderation.Common;
using Medborgardialog.Api.Features.Opinions;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>An opinion marked for a police report, with its metadata, to attach to the report.</summary>
public sealed record ExportPoliceReportQuery(Guid OpinionId) : IQuery<PoliceReportExport>;

/// <summary>Everything the municipality knows about the opinion, except the resident's e-mail address (personal data,
/// handed over only when the police ask for it). Times are UTC.</summary>
public sealed record PoliceReportExport(
    Guid OpinionId,
    string DialogueTitle,
    string DialogueUrl,
    string Committee,
    string? CaseNumber,
    OpinionChannel Channel,
    DateTimeOffset SubmittedAt,
    string Text,
    IReadOnlyList<PublicAnswerDto> Answers,
    IReadOnlyList<ContentHit> ContentHits,
    IReadOnlyList<PoliceReportReportDto> Reports,
    ModerationStatus Status,
    string? HiddenReason,
    DateTimeOffset MarkedAt,
    string? MarkedBy,
    string? Note,
    IReadOnlyList<ModerationLogEntryDto> Log,
    DateTimeOffset ExportedAt);

/// <summary>A report of the opinion by a resident (reporters are anonymous).</summary>
public sealed record PoliceReportReportDto(ReportReason Reason, DateTimeOffset ReportedAt);

public sealed class ExportPoliceReportValidator : AbstractValidator<ExportPoliceReportQuery>
{
    public ExportPoliceReportValidator() => RuleFor(q => q.OpinionId).NotEmpty().RouteValue("id");
}

public sealed class ExportPoliceReportHandler(AppDbContext db, TimeProvider clock, IConfiguration configuration)
    : IQueryHandler<ExportPoliceReportQuery, PoliceReportExport>
{
    public async ValueTask<PoliceReportExport> Handle(ExportPoliceReportQuery query, CancellationToken cancellationToken)
    {
        var found = await (
                from o in db.Opinions.AsNoTracking()
                join d in db.Dialogues.AsNoTracking() on o.DialogueId equals d.Id
                where o.Id == query.OpinionId
                select new { o, d.Title, d.Slug, d.Committee, d.CaseNumber, d.Questions })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.OpinionNotFound, $"There is no opinion with id {query.OpinionId}.");
        var opinion = found.o;
        if (opinion.PoliceReportMarkedAt is not { } markedAt)
        {
            throw new DomainRuleException(ProblemCodes.ModerationNotMarkedForPoliceReport, "The opinion is not marked for a police report; mark it first.");
        }

        var markedBy = await db.Set<StaffUser>().AsNoTracking().Where(u => u.Id == opinion.PoliceReportMarkedByUserId)
            .Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var reports = await db.OpinionReports.AsNoTracking().Where(r => r.OpinionId == opinion.Id).OrderBy(r => r.ReportedAt)
            .Select(r => new PoliceReportReportDto(r.Reason, r.ReportedAt)).ToListAsync(cancellationToken);
        var log = await ModerationLogLines.Read(db, db.ModerationLog.AsNoTracking().Where(e => e.OpinionId == opinion.Id)).Take(200).ToListAsync(cancellationToken);
        return new PoliceReportExport(opinion.Id, found.Title, $"{Infrastructure.Hosting.PublicSite.Url(configuration)}/dialoger/{found.Slug}",
            found.Committee, found.CaseNumber, opinion.Channel, opinion.SubmittedAt, opinion.Text,
            PublicAnswerDto.InWords(found.Questions.ToDictionary(q => q.Id), opinion.Answers), opinion.ContentHits, reports,
            opinion.Moderation, opinion.HiddenReason, markedAt, markedBy, opinion.PoliceReportNote, log, clock.GetUtcNow());
    }
}
