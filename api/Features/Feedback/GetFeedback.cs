using Medborgardialog.Api.Features.Dialogues;

namespace Medborgardialog.Api.Features.Feedback;

/// <summary>The public feedback page of a dialogue, by id or slug.</summary>
public sealed record GetFeedbackQuery(Guid DialogueId) : IQuery<FeedbackDto>;

/// <summary>What was decided and why, how the residents' input mattered, links, and when it was published.</summary>
public sealed record FeedbackDto(
    Guid DialogueId,
    string DialogueSlug,
    string DialogueTitle,
    int OpinionCount,
    DecisionDto Decision,
    string Text,
    IReadOnlyList<FactLinkDto> Links,
    DateTimeOffset PublishedAt);

public sealed class GetFeedbackValidator : AbstractValidator<GetFeedbackQuery>
{
    public GetFeedbackValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetFeedbackHandler(ReadOnlyDbContext db) : IQueryHandler<GetFeedbackQuery, FeedbackDto>
{
    public async ValueTask<FeedbackDto> Handle(GetFeedbackQuery query, CancellationToken cancellationToken)
    {
        var dialogues = db.Dialogues.AsNoTracking().Where(Dialogue.IsPublic);
        dialogues = dialogues.Where(d => d.Id == query.DialogueId);
        var found = await (
                from d in dialogues
                join f in db.Feedbacks on d.Id equals f.DialogueId
                join decision in db.Decisions on d.Id equals decision.DialogueId
                select new { d.Id, d.Slug, d.Title, Feedback = f, Decision = decision })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.FeedbackNotFound, $"There is no published feedback for the dialogue {query.DialogueId}.");
        var count = await db.Opinions.Where(Opinion.InResult).CountAsync(o => o.DialogueId == found.Id, cancellationToken);
        return new FeedbackDto(found.Id, found.Slug, found.Title, count, DecisionDtos.From(found.Decision), found.Feedback.Text,
            found.Feedback.Links.Select(l => new FactLinkDto(l.Title, l.Url)).ToList(), found.Feedback.PublishedAt);
    }
}
