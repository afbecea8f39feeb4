using Medborgardialog.Api.Features.DialogueResults.Common;
using Medborgardialog.Api.Infrastructure.Auth;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>
/// Tags (or untags) every opinion that matches a search and filters, or the opinions picked by id — after staff saw the
/// count: <c>expectedCount</c> is the number they confirmed, and when the matches are no longer that many (a new
/// opinion, a withdrawal, a colleague's tagging) nothing is changed and the answer says so. Withdrawn opinions and spam
/// are never changed.
/// </summary>
/// <param name="ThemeId">The theme to add or remove.</param>
/// <param name="Action">Add the theme (tag) or remove it (untag).</param>
/// <param name="Match">Which opinions: the same search and filters as the list (none with <c>opinionIds</c>).</param>
/// <param name="OpinionIds">Or these opinions of the dialogue, picked one by one (the similar ones reviewed, say).</param>
/// <param name="ExpectedCount">How many opinions staff were shown would change (the list's total for the match).</param>
public sealed record TagOpinionsInBulkRequest(Guid ThemeId, TaggingAction Action, OpinionMatch? Match, IReadOnlyList<Guid>? OpinionIds, int ExpectedCount);

public sealed record TagOpinionsInBulkCommand(Guid DialogueId, TagOpinionsInBulkRequest Body) : ICommand<TaggingOperationDto>;

public sealed class TagOpinionsInBulkValidator : AbstractValidator<TagOpinionsInBulkCommand>
{
    public TagOpinionsInBulkValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.ThemeId).NotEmpty();
            RuleFor(c => c.Body.Action).IsInEnum();
            RuleFor(c => c.Body.ExpectedCount).GreaterThanOrEqualTo(0);
            RuleFor(c => c.Body.Match).SetValidator(new OpinionMatchValidator()!).When(c => c.Body.Match is not null);
            RuleFor(c => c.Body.OpinionIds).Must(ids => ids!.Count is > 0 and <= CompilingLimits.MaxPickedOpinions)
                .WithMessage($"Pick between 1 and {CompilingLimits.MaxPickedOpinions} opinions.").When(c => c.Body.OpinionIds is not null);
            RuleFor(c => c.Body).Must(b => (b.Match is null) != (b.OpinionIds is null))
                .WithName("match").WithMessage("Give either a match or opinion ids, not both.");
        });
    }
}

public sealed class TagOpinionsInBulkHandler(AppDbContext db, TimeProvider clock, CurrentActor actor) : ICommandHandler<TagOpinionsInBulkCommand, TaggingOperationDto>
{
    public async ValueTask<TaggingOperationDto> Handle(TagOpinionsInBulkCommand command, CancellationToken cancellationToken)
    {
        var body = command.Body;
        var status = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => (DialogueStatus?)d.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        Theme.EnsureOpinionsCanBeGrouped(status);
        var themeName = await db.Themes.Where(t => t.Id == body.ThemeId && t.DialogueId == command.DialogueId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("themeId", "The theme must be one of this dialogue's themes.")]);

        var opinions = body.Match is { } match
            ? await OpinionMatches.QueryAsync(db, command.DialogueId, match, includeWithdrawn: false, cancellationToken)
            : db.Opinions.Where(o => o.DialogueId == command.DialogueId).Where(Opinion.InResult).Where(o => body.OpinionIds!.Contains(o.Id));
        var changing = body.Action == TaggingAction.Tag
            ? opinions.Where(o => !o.ThemeIds.Contains(body.ThemeId))
            : opinions.Where(o => o.ThemeIds.Contains(body.ThemeId));

        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var changed = await BulkTagging.ApplyAsync(db, changing.Select(o => o.Id), body.ThemeId, body.Action, cancellationToken);
        if (changed.Count != body.ExpectedCount)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new DomainRuleException(ProblemCodes.TaggingCountChanged,
                $"{changed.Count} opinions would change now, not the {body.ExpectedCount} confirmed: nothing was changed.");
        }

        var now = clock.GetUtcNow();
        var source = body.Match is null ? TaggingSource.Similar : TaggingSource.Search;
        var operation = new TaggingOperation(Guid.CreateVersion7(now), command.DialogueId, body.ThemeId, body.Action, source, changed, actor.Get().UserId, now);
        db.TaggingOperations.Add(operation);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TaggingOperationDto(operation.Id, operation.ThemeId, themeName, operation.Action, operation.Source, operation.Count, operation.DoneAt, null);
    }
}
