using Medborgardialog.Api.Features.Opinions.Common;
using Medborgardialog.Api.Features.DialogueResults.Common;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>A dialogue's opinions for staff compiling the result: search the text and the free-text answers (Swedish
/// full text, best first, hits marked), filter by theme, channel, "not yet grouped", a near-identical group or a theme
/// suggestion, a page at a time. Withdrawn opinions and spam are shown only when asked for.</summary>
public sealed record ListDialogueOpinionsQuery(
    Guid DialogueId,
    OpinionMatch Match,
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

    /// <summary>The search's hits in the text (empty without a search).</summary>
    public IReadOnlyList<TextHit> Hits { get; init; } = [];
}

/// <summary>An answer in words.</summary>
public sealed record StaffAnswerDto(Guid QuestionId, string Question, QuestionKind Kind, IReadOnlyList<string> Answer)
{
    /// <summary>The search's hits in a free-text answer (its one string; empty otherwise).</summary>
    public IReadOnlyList<TextHit> Hits { get; init; } = [];
}

public sealed class ListDialogueOpinionsValidator : AbstractValidator<ListDialogueOpinionsQuery>
{
    public ListDialogueOpinionsValidator()
    {
        RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(q => q.Match).NotNull().SetValidator(new OpinionMatchValidator());
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
        var opinions = (await OpinionMatches.QueryAsync(db, query.DialogueId, query.Match, query.IncludeWithdrawn, cancellationToken)).AsNoTracking();
        var total = await opinions.CountAsync(cancellationToken);
        var rows = await OpinionMatches.Ordered(db, opinions, query.Match)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(o => new { o.Id, o.Channel, o.SubmittedAt, o.Text, o.Answers, o.Background, o.ThemeIds, o.WithdrawnAt, o.Moderation })
            .ToListAsync(cancellationToken);
        var byId = dialogue.Questions.ToDictionary(q => q.Id);
        var hits = await OpinionMatches.HitsAsync(db, query.Match.Search,
            rows.Select(r => r.Text).Concat(rows.SelectMany(r => r.Answers).Select(a => a.Text ?? "")), cancellationToken);
        var marks = await MarksInWords.OfAsync(db, rows.Select(r => r.Id).ToList(), byId, dialogue.MapPlaces, cancellationToken);
        var items = rows.Select(o => new StaffOpinionDto(
            o.Id, o.Channel, o.SubmittedAt, o.Text,
            o.Answers.Where(a => byId.ContainsKey(a.QuestionId))
                .Select(a => new StaffAnswerDto(a.QuestionId, byId[a.QuestionId].Text, byId[a.QuestionId].Kind, Answering.InWords(byId[a.QuestionId], a))
                {
                    Hits = a.Text is { Length: > 0 } answered && byId[a.QuestionId].Kind == QuestionKind.FreeText ? hits(answered) : [],
                })
                .Concat(marks[o.Id].Where(m => byId.ContainsKey(m.QuestionId))
                    .Select(m => new StaffAnswerDto(m.QuestionId, byId[m.QuestionId].Text, QuestionKind.Map, m.Marks)))
                .OrderBy(a => dialogue.Questions.FindIndex(q => q.Id == a.QuestionId))
                .ToList(),
            o.Background.AgeBand, o.Background.District, o.Background.Relation, o.ThemeIds, o.WithdrawnAt != null) { Moderation = o.Moderation, Hits = hits(o.Text) }).ToList();
        return new StaffOpinionPage(items, total, query.Page, query.PageSize);
    }
}
