using Medborgardialog.Api.Features.Opinions.Common;
using Medborgardialog.Api.Features.DialogueResults.Sql;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>A dialogue's opinions for staff compiling the result: search the text, filter by theme, channel or
/// "not yet grouped", newest first, a page at a time. Withdrawn opinions and spam are shown only when asked for.</summary>
public sealed record ListDialogueOpinionsQuery(
    Guid DialogueId,
    string? Search = null,
    Guid? ThemeId = null,
    OpinionChannel? Channel = null,
    bool Untagged = false,
    bool IncludeWithdrawn = false,
    int Page = 1,
    int PageSize = 50) : IQuery<StaffOpinionPage>;

public sealed record StaffOpinionPage(IReadOnlyList<StaffOpinionDto> Items, int Total, int Page, int PageSize);

/// <summary>One opinion as staff see it: no e-mail address, no receipt, just what was said and its background.</summary>
public sealed record StaffOpinionDto(
    Guid Id,
    OpinionChannel Channel,
    DateTimeOffset SubmittedAt,
    string Text,
    IReadOnlyList<StaffAnswerDto> Answers,
    AgeBand? AgeBand,
    string? District,
    Relation? Relation,
    IReadOnlyList<Guid> ThemeIds,
    bool Withdrawn)
{
    /// <summary>Where it stands in moderation: held and hidden opinions still count in the result, spam does not.</summary>
    public ModerationStatus Moderation { get; init; }
}

/// <summary>An answer in words.</summary>
public sealed record StaffAnswerDto(Guid QuestionId, string Question, QuestionKind Kind, IReadOnlyList<string> Answer);

public sealed class ListDialogueOpinionsValidator : AbstractValidator<ListDialogueOpinionsQuery>
{
    public ListDialogueOpinionsValidator()
    {
        RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListDialogueOpinionsHandler(AppDbContext db) : IQueryHandler<ListDialogueOpinionsQuery, StaffOpinionPage>
{
    public async ValueTask<StaffOpinionPage> Handle(ListDialogueOpinionsQuery query, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == query.DialogueId).Select(d => new { d.Questions, d.MapPlaces })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        var opinions = db.Opinions.AsNoTracking().Where(o => o.DialogueId == query.DialogueId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // The opinion's own words: its text, and the free-text answers inside the questionnaire's answers.
            var pattern = "%" + query.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var inAnswers = ResultSql.WithAnswerTextLike(db, query.DialogueId, pattern);
            opinions = opinions.Where(o => EF.Functions.ILike(o.Text, pattern) || inAnswers.Contains(o.Id));
        }

        if (!query.IncludeWithdrawn)
        {
            opinions = opinions.Where(Opinion.InResult);
        }

        if (query.ThemeId is { } themeId)
        {
            opinions = opinions.Where(o => o.ThemeIds.Contains(themeId));
        }

        if (query.Channel is { } channel)
        {
            opinions = opinions.Where(o => o.Channel == channel);
        }

        if (query.Untagged)
        {
            opinions = opinions.Where(o => o.ThemeIds.Count == 0);
        }

        var total = await opinions.CountAsync(cancellationToken);
        var rows = await opinions.OrderByDescending(o => o.SubmittedAt).ThenByDescending(o => o.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(o => new { o.Id, o.Channel, o.SubmittedAt, o.Text, o.Answers, o.Background, o.ThemeIds, o.WithdrawnAt, o.Moderation })
            .ToListAsync(cancellationToken);
        var byId = dialogue.Questions.ToDictionary(q => q.Id);
        var marks = await MarksInWords.OfAsync(db, rows.Select(r => r.Id).ToList(), byId, dialogue.MapPlaces, cancellationToken);
        var items = rows.Select(o => new StaffOpinionDto(
            o.Id, o.Channel, o.SubmittedAt, o.Text,
            o.Answers.Where(a => byId.ContainsKey(a.QuestionId))
                .Select(a => new StaffAnswerDto(a.QuestionId, byId[a.QuestionId].Text, byId[a.QuestionId].Kind, Answering.InWords(byId[a.QuestionId], a)))
                .Concat(marks[o.Id].Where(m => byId.ContainsKey(m.QuestionId))
                    .Select(m => new StaffAnswerDto(m.QuestionId, byId[m.QuestionId].Text, QuestionKind.Map, m.Marks)))
                .OrderBy(a => dialogue.Questions.FindIndex(q => q.Id == a.QuestionId))
                .ToList(),
            o.Background.AgeBand, o.Background.District, o.Background.Relation, o.ThemeIds, o.WithdrawnAt != null) { Moderation = o.Moderation }).ToList();
        return new StaffOpinionPage(items, total, query.Page, query.PageSize);
    }
}
