using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>The public opinions of a dialogue whose officials chose to show them, newest first, a page at a time.</summary>
public sealed record ListPublicOpinionsQuery(Guid DialogueId, int Page = 1, int PageSize = 20) : IQuery<PublicOpinionPage>;

/// <summary>A page of public opinions. <c>AwaitingReview</c> counts opinions not shown yet (waiting for a moderator).</summary>
public sealed record PublicOpinionPage(IReadOnlyList<PublicOpinionDto> Items, int Total, int Page, int PageSize, int AwaitingReview, ModerationMode Moderation);

/// <summary>One public opinion, author anonymised: only when it came and what was said. A hidden one has no text,
/// only the moderator's public reason.</summary>
public sealed record PublicOpinionDto(Guid Id, DateTimeOffset SubmittedAt, string? Text, IReadOnlyList<PublicAnswerDto> Answers, bool Hidden, string? HiddenReason);

/// <summary>An answer to a question of the questionnaire, in words.</summary>
public sealed record PublicAnswerDto(string Question, IReadOnlyList<string> Answer);

public sealed class ListPublicOpinionsValidator : AbstractValidator<ListPublicOpinionsQuery>
{
    public ListPublicOpinionsValidator()
    {
        RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class ListPublicOpinionsHandler(AppDbContext db) : IQueryHandler<ListPublicOpinionsQuery, PublicOpinionPage>
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
                : new PublicOpinionDto(o.Id, o.SubmittedAt, o.Text, PublicOpinions.AnswersInWords(byId, o.Answers), false, null))
            .ToList();
        return new PublicOpinionPage(items, total, query.Page, query.PageSize, awaiting, mode);
    }
}

/// <summary>Which opinions the public sees, in one place (the list, reports).</summary>
public static class PublicOpinions
{
    /// <summary>Shown with its text: passed by a moderator, or not flagged and the dialogue is post-moderated.</summary>
    public static System.Linq.Expressions.Expression<Func<Opinion, bool>> Shown(ModerationMode mode) =>
        mode == ModerationMode.PostModeration
            ? o => o.Moderation == ModerationStatus.Approved || o.Moderation == ModerationStatus.Unreviewed
            : o => o.Moderation == ModerationStatus.Approved;

    /// <summary>In the public list: shown, or hidden by a moderator (as a notice with the reason).</summary>
    public static System.Linq.Expressions.Expression<Func<Opinion, bool>> Listed(ModerationMode mode) =>
        mode == ModerationMode.PostModeration
            ? o => o.Moderation == ModerationStatus.Approved || o.Moderation == ModerationStatus.Unreviewed || o.Moderation == ModerationStatus.Hidden
            : o => o.Moderation == ModerationStatus.Approved || o.Moderation == ModerationStatus.Hidden;

    public static bool IsShown(ModerationStatus status, ModerationMode mode) =>
        status == ModerationStatus.Approved || (status == ModerationStatus.Unreviewed && mode == ModerationMode.PostModeration);

    public static IReadOnlyList<PublicAnswerDto> AnswersInWords(Dictionary<Guid, Question> questions, IEnumerable<Answer> answers) =>
        answers.Where(a => questions.ContainsKey(a.QuestionId))
            .Select(a => new PublicAnswerDto(questions[a.QuestionId].Text, Answering.InWords(questions[a.QuestionId], a)))
            .Where(a => a.Answer.Count > 0)
            .ToList();
}
