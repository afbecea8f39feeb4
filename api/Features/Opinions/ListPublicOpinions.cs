namespace Medborgardialog.Api.Features.Opinions;

/// <summary>The public opinions of a dialogue whose officials chose to show them, newest first, a page at a time.</summary>
public sealed record ListPublicOpinionsQuery(Guid DialogueId, int Page = 1, int PageSize = 20) : IQuery<PublicOpinionPage>;

/// <summary>A page of public opinions. <c>AwaitingReview</c> counts opinions not shown yet (waiting for a moderator).</summary>
public sealed record PublicOpinionPage(IReadOnlyList<PublicOpinionDto> Items, int Total, int Page, int PageSize, int AwaitingReview, ModerationMode Moderation);

/// <summary>One public opinion, author anonymised: only when it came and what was said. A hidden one has no text,
/// only the moderator's public reason.</summary>
public sealed record PublicOpinionDto(Guid Id, DateTimeOffset SubmittedAt, string? Text, IReadOnlyList<PublicAnswerDto> Answers, bool Hidden, string? HiddenReason);

/// <summary>An answer to a question of the questionnaire, in words.</summary>
public sealed record PublicAnswerDto(string Question, IReadOnlyList<string> Answer)
{
    /// <summary>The answers to the dialogue's questions as the public reads them (answers to unknown questions and empty ones left out).</summary>
    public static IReadOnlyList<PublicAnswerDto> InWords(Dictionary<Guid, Question> questions, IEnumerable<Answer> answers) =>
        answers.Where(a => questions.ContainsKey(a.QuestionId))
            .Select(a => new PublicAnswerDto(questions[a.QuestionId].Text, Answering.InWords(questions[a.QuestionId], a)))
            .Where(a => a.Answer.Count > 0)
            .ToList();
}

public sealed class ListPublicOpinionsValidator : AbstractValidator<ListPublicOpinionsQuery>
{
    public ListPublicOpinionsValidator()
    {
        RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class ListPublicOpinionsHandler(ReadOnlyDbContext db) : IQueryHandler<ListPublicOpinionsQuery, PublicOpinionPage>
{
    public async ValueTask<PublicOpinionPage> Handle(ListPublicOpinionsQuery query, CancellationToken cancellationToken)
    {
        var dialogues = db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic);
        dialogues = dialogues.Where(d => d.Id == query.DialogueId);
        var dialogue = await dialogues
            .Select(d => new { d.Id, d.OpinionVisibility, d.ModerationMode, d.IsYouthDialogue, d.Questions })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no published dialogue {query.DialogueId}.");
        if (dialogue.OpinionVisibility != OpinionVisibility.Public)
        {
            throw new NotFoundException(ProblemCodes.PublicOpinionsNotFound, "The opinions of this dialogue are used internally and not shown publicly.");
        }

        var mode = dialogue.ModerationMode ?? Dialogue.DefaultModeration(dialogue.IsYouthDialogue);
        var ofDialogue = db.Opinions.AsNoTracking().Where(o => o.DialogueId == dialogue.Id && o.WithdrawnAt == null);
        var listed = ofDialogue.Where(PublicOpinions.Listed(mode));
        var total = await listed.CountAsync(cancellationToken);
        var awaiting = await ofDialogue.CountAsync(o => o.Moderation == ModerationStatus.Held
            || (o.Moderation == ModerationStatus.Unreviewed && mode == ModerationMode.PreModeration), cancellationToken);
        var rows = await listed.OrderByDescending(o => o.SubmittedAt).ThenByDescending(o => o.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(o => new { o.Id, o.SubmittedAt, o.Moderation, o.HiddenReason, o.Text, o.Answers })
            .ToListAsync(cancellationToken);
        var byId = dialogue.Questions.ToDictionary(q => q.Id);
        var items = rows.Select(o => o.Moderation == ModerationStatus.Hidden
                // A hidden opinion: the notice only. Its words never leave the database on a public path.
                ? new PublicOpinionDto(o.Id, o.SubmittedAt, null, [], true, o.HiddenReason)
                : new PublicOpinionDto(o.Id, o.SubmittedAt, o.Text, PublicAnswerDto.InWords(byId, o.Answers), false, null))
            .ToList();
        return new PublicOpinionPage(items, total, query.Page, query.PageSize, awaiting, mode);
    }
}
