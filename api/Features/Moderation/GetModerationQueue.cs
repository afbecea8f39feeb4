using Medborgardialog.Api.Features.Opinions;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>What waits for a moderator, oldest first: held opinions (lexicon, personal data, bursts, reports), reported
/// ones, and unreviewed ones of public pre-moderated dialogues. Optionally for one dialogue.</summary>
public sealed record GetModerationQueueQuery(Guid? DialogueId = null, int Page = 1, int PageSize = 50) : IQuery<ModerationQueuePage>;

/// <summary>The queue. <c>ResponseTimeHours</c> is the promised response time (<c>Moderation:ResponseTimeHours</c>);
/// items waiting longer are <c>Overdue</c>.</summary>
public sealed record ModerationQueuePage(IReadOnlyList<ModerationQueueItem> Items, int Total, int Overdue, double ResponseTimeHours, int Page, int PageSize);

/// <summary>Why an item is in the queue.</summary>
public enum QueueReason
{
    PreModeration,
    Threat,
    Hate,
    PersonalData,
    NearDuplicate,
    Reported,
}

/// <summary>One opinion waiting for a moderator, with everything needed to decide.</summary>
public sealed record ModerationQueueItem(
    Guid OpinionId,
    Guid DialogueId,
    string DialogueTitle,
    string DialogueSlug,
    bool IsYouthDialogue,
    OpinionVisibility Visibility,
    OpinionChannel Channel,
    DateTimeOffset SubmittedAt,
    DateTimeOffset WaitingSince,
    double WaitingHours,
    bool Overdue,
    ModerationStatus Status,
    IReadOnlyList<QueueReason> Reasons,
    IReadOnlyList<ContentHit> ContentHits,
    IReadOnlyList<ReportCount> Reports,
    string Text,
    IReadOnlyList<PublicAnswerDto> Answers,
    bool MarkedForPoliceReport);

/// <summary>How many reports since the last review, for one reason.</summary>
public sealed record ReportCount(ReportReason Reason, int Count);

public sealed class GetModerationQueueValidator : AbstractValidator<GetModerationQueueQuery>
{
    public GetModerationQueueValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class GetModerationQueueHandler(AppDbContext db, TimeProvider clock, IConfiguration configuration)
    : IQueryHandler<GetModerationQueueQuery, ModerationQueuePage>
{
    public async ValueTask<ModerationQueuePage> Handle(GetModerationQueueQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var responseTime = TimeSpan.FromHours(ResponseTimeHours(configuration));
        var overdueBefore = now - responseTime;
        var waiting =
            from o in db.Opinions.AsNoTracking()
            join d in db.Dialogues.AsNoTracking() on o.DialogueId equals d.Id
            where o.WithdrawnAt == null
                  && (o.AwaitingReviewSince != null
                      || (o.Moderation == ModerationStatus.Unreviewed && d.OpinionVisibility == OpinionVisibility.Public
                          && (d.ModerationMode == ModerationMode.PreModeration || (d.ModerationMode == null && d.IsYouthDialogue))))
            select new { o, d, WaitingSince = o.AwaitingReviewSince ?? o.SubmittedAt };
        if (query.DialogueId is { } dialogueId)
        {
            waiting = waiting.Where(x => x.o.DialogueId == dialogueId);
        }

        var total = await waiting.CountAsync(cancellationToken);
        var overdue = await waiting.CountAsync(x => x.WaitingSince < overdueBefore, cancellationToken);
        var rows = await waiting.OrderBy(x => x.WaitingSince).ThenBy(x => x.o.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(x => new
            {
                x.o.Id, x.o.DialogueId, x.d.Title, x.d.Slug, x.d.IsYouthDialogue, x.d.OpinionVisibility, x.d.Questions, x.d.MapPlaces,
                x.o.Channel, x.o.SubmittedAt, x.WaitingSince, x.o.Moderation, x.o.ContentHits, x.o.NearDuplicate,
                x.o.ReportsSinceReview, x.o.ModeratedAt, x.o.Text, x.o.Answers, x.o.PoliceReportMarkedAt,
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var reports = (await db.OpinionReports.AsNoTracking().Where(r => ids.Contains(r.OpinionId))
                .Select(r => new { r.OpinionId, r.Reason, r.ReportedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.OpinionId);
        var marks = new Dictionary<Guid, ILookup<Guid, (Guid QuestionId, IReadOnlyList<string> Marks)>>();
        foreach (var group in rows.GroupBy(r => r.DialogueId))
        {
            marks[group.Key] = await Opinions.Common.MarksInWords.OfAsync(db, group.Select(r => r.Id).ToList(), group.First().Questions.ToDictionary(q => q.Id),
                group.First().MapPlaces, cancellationToken);
        }

        var items = rows.Select(r =>
        {
            // Reports since a moderator last acted on it; older ones were dealt with then.
            var open = reports[r.Id].Where(x => r.ModeratedAt is null || x.ReportedAt > r.ModeratedAt)
                .GroupBy(x => x.Reason).Select(g => new ReportCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ToList();
            var reasons = new List<QueueReason>();
            reasons.AddRange(r.ContentHits.Select(h => h.Category).Distinct().Select(c => c switch
            {
                ContentCategory.Threat => QueueReason.Threat,
                ContentCategory.Hate => QueueReason.Hate,
                _ => QueueReason.PersonalData,
            }));
            if (r.NearDuplicate)
            {
                reasons.Add(QueueReason.NearDuplicate);
            }

            if (r.ReportsSinceReview > 0)
            {
                reasons.Add(QueueReason.Reported);
            }

            if (reasons.Count == 0)
            {
                reasons.Add(QueueReason.PreModeration);
            }

            var questions = r.Questions.ToDictionary(q => q.Id);
            return new ModerationQueueItem(r.Id, r.DialogueId, r.Title, r.Slug, r.IsYouthDialogue, r.OpinionVisibility, r.Channel,
                r.SubmittedAt, r.WaitingSince, Math.Round((now - r.WaitingSince).TotalHours, 1), r.WaitingSince < overdueBefore,
                r.Moderation, reasons, r.ContentHits, open, r.Text,
                [.. PublicAnswerDto.InWords(questions, r.Answers),
                    .. marks[r.DialogueId][r.Id].Where(m => questions.ContainsKey(m.QuestionId)).Select(m => new PublicAnswerDto(questions[m.QuestionId].Text, m.Marks))],
                r.PoliceReportMarkedAt is not null);
        }).ToList();
        return new ModerationQueuePage(items, total, overdue, responseTime.TotalHours, query.Page, query.PageSize);
    }

    /// <summary>The promised time to a moderator's first action (default 24 hours).</summary>
    public static double ResponseTimeHours(IConfiguration configuration) =>
        Math.Max(0.1, configuration.GetValue("Moderation:ResponseTimeHours", 24.0));
}
