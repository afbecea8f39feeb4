using Medborgardialog.Api.Features.DialogueResults.Sql;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>A dialogue's result as it stands: summary, quotes, themes with counts, and per-question figures.</summary>
public sealed record GetResultQuery(Guid DialogueId) : IQuery<ResultDto>;

/// <summary>Everything the decision basis is made of. Withdrawn opinions are never counted.</summary>
public sealed record ResultDto(
    Guid DialogueId,
    DialogueStatus Status,
    int Total,
    int Untagged,
    string Summary,
    IReadOnlyList<QuoteDto> Quotes,
    IReadOnlyList<ThemeDto> Themes,
    IReadOnlyList<QuestionFigures> Questions,
    IReadOnlyList<ChannelCount> Channels,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? FirstExportedAt);

/// <summary>A quote: an opinion's own words (its text, or its free-text answers).</summary>
public sealed record QuoteDto(Guid OpinionId, string Text);

public sealed record ChannelCount(OpinionChannel Channel, int Count);

/// <summary>Figures of one question: how many answered it, a count per option (with the average rank for a
/// ranking, 1 = most important), the distribution and average of a scale.</summary>
public sealed record QuestionFigures(
    Guid QuestionId,
    string Text,
    QuestionKind Kind,
    int Answered,
    IReadOnlyList<OptionFigure> Options,
    IReadOnlyList<int> ScaleCounts,
    double? ScaleAverage);

public sealed record OptionFigure(Guid OptionId, string Text, int Count, double? AverageRank);

public sealed class GetResultValidator : AbstractValidator<GetResultQuery>
{
    public GetResultValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetResultHandler(AppDbContext db) : IQueryHandler<GetResultQuery, ResultDto>
{
    public async ValueTask<ResultDto> Handle(GetResultQuery query, CancellationToken cancellationToken) =>
        await new ResultReading(db).ReadAsync(query, cancellationToken);
}

/// <summary>Reads a dialogue's result; shared by the result view and the decision basis.</summary>
internal sealed class ResultReading(AppDbContext db)
{
    public async Task<ResultDto> ReadAsync(GetResultQuery query, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId)
            .Select(d => new { d.Status, d.Questions }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        var result = await db.DialogueResults.AsNoTracking().SingleOrDefaultAsync(r => r.DialogueId == query.DialogueId, cancellationToken);
        var counted = db.Opinions.AsNoTracking().Where(Opinion.InResult).Where(o => o.DialogueId == query.DialogueId);
        var channels = await counted.GroupBy(o => o.Channel).Select(g => new ChannelCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var untagged = await counted.CountAsync(o => o.ThemeIds.Count == 0, cancellationToken);
        var themes = await db.Themes.AsNoTracking().Where(t => t.DialogueId == query.DialogueId).OrderBy(t => t.Name)
            .Select(t => new ThemeDto(t.Id, t.Name, counted.Count(o => o.ThemeIds.Contains(t.Id))))
            .ToListAsync(cancellationToken);
        var quoteIds = result?.QuoteOpinionIds ?? [];
        var quoteRows = await counted.Where(o => quoteIds.Contains(o.Id)).Select(o => new { o.Id, o.Text, o.Answers }).ToListAsync(cancellationToken);
        var quotes = quoteIds.Select(id => quoteRows.FirstOrDefault(q => q.Id == id)).Where(q => q is not null)
            .Select(q => new QuoteDto(q!.Id, QuoteText(q.Text, q.Answers))).ToList();
        var figures = await QuestionFiguresAsync(query.DialogueId, dialogue.Questions, cancellationToken);
        return new ResultDto(query.DialogueId, dialogue.Status, channels.Sum(c => c.Count), untagged, result?.Summary ?? "", quotes, themes,
            figures, channels.OrderByDescending(c => c.Count).ToList(), result?.UpdatedAt, result?.FirstExportedAt);
    }

    private static string QuoteText(string text, IReadOnlyList<Answer> answers) =>
        string.Join(" ", new[] { text }.Concat(answers.Select(a => a.Text ?? "")).Where(t => !string.IsNullOrWhiteSpace(t)));

    /// <summary>Aggregated in PostgreSQL over the jsonb answers: the opinions themselves never leave the database.</summary>
    private async Task<List<QuestionFigures>> QuestionFiguresAsync(Guid dialogueId, List<Question> questions, CancellationToken cancellationToken)
    {
        if (questions.Count == 0)
        {
            return [];
        }

        // Which opinions count is the one LINQ rule (Opinion.InResult); the jsonb answers are expanded by ResultSql.
        var counted = db.Opinions.Where(Opinion.InResult).Where(o => o.DialogueId == dialogueId).Select(o => o.Id);
        var answered = await ResultSql.Answers(db, dialogueId).Where(a => counted.Contains(a.OpinionId))
            .GroupBy(a => a.QuestionId)
            .Select(g => new AnsweredRow(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var options = await ResultSql.ChosenOptions(db, dialogueId).Where(a => counted.Contains(a.OpinionId))
            .GroupBy(a => new { a.QuestionId, a.OptionId })
            .Select(g => new OptionRow(g.Key.QuestionId, g.Key.OptionId, g.Count(), g.Average(a => (double)a.Position)))
            .ToListAsync(cancellationToken);
        var scales = await ResultSql.ScaleAnswers(db, dialogueId).Where(a => counted.Contains(a.OpinionId))
            .GroupBy(a => new { a.QuestionId, a.Value })
            .Select(g => new ScaleRow(g.Key.QuestionId, g.Key.Value, g.Count()))
            .ToListAsync(cancellationToken);

        // Map questions: their marks are rows of their own (map_marks), counted per category; an opinion with marks answered.
        var markedBy = await db.MapMarks.Where(m => m.DialogueId == dialogueId && counted.Contains(m.OpinionId))
            .GroupBy(m => m.QuestionId)
            .Select(g => new AnsweredRow(g.Key, g.Select(m => m.OpinionId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        var marksPerCategory = await db.MapMarks.Where(m => m.DialogueId == dialogueId && counted.Contains(m.OpinionId) && m.CategoryId != null)
            .GroupBy(m => new { m.QuestionId, m.CategoryId })
            .Select(g => new OptionRow(g.Key.QuestionId, g.Key.CategoryId!.Value, g.Count(), null))
            .ToListAsync(cancellationToken);
        answered.AddRange(markedBy);
        options.AddRange(marksPerCategory);

        return questions.Select(q =>
        {
            var scaleCounts = Enumerable.Range(Answering.ScaleMin, Answering.ScaleMax)
                .Select(v => scales.Where(s => s.QuestionId == q.Id && s.Value == v).Sum(s => s.Count)).ToList();
            var scaleTotal = scaleCounts.Sum();
            return new QuestionFigures(
                q.Id, q.Text, q.Kind,
                answered.Where(a => a.QuestionId == q.Id).Sum(a => a.Count),
                q.Options.Select(o =>
                {
                    var row = options.FirstOrDefault(r => r.QuestionId == q.Id && r.OptionId == o.Id);
                    return new OptionFigure(o.Id, o.Text, row?.Count ?? 0, q.Kind == QuestionKind.Ranking ? row?.AverageRank : null);
                }).ToList(),
                q.Kind == QuestionKind.Scale ? scaleCounts : [],
                q.Kind == QuestionKind.Scale && scaleTotal > 0
                    ? scaleCounts.Select((count, i) => (double)count * (i + Answering.ScaleMin)).Sum() / scaleTotal
                    : null);
        }).ToList();
    }

    private sealed record AnsweredRow(Guid QuestionId, int Count);

    private sealed record OptionRow(Guid QuestionId, Guid OptionId, int Count, double? AverageRank);

    private sealed record ScaleRow(Guid QuestionId, int Value, int Count);
}
