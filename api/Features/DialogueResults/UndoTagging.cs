using Medborgardialog.Api.Features.DialogueResults.Common;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>Undoes a bulk change of themes: exactly the opinions it changed get their themes back as they were for that
/// theme. Undoing an accepted suggestion's tagging proposes the suggestion again. Once only.</summary>
public sealed record UndoTaggingCommand(Guid TaggingId) : ICommand<TaggingOperationDto>;

public sealed class UndoTaggingValidator : AbstractValidator<UndoTaggingCommand>
{
    public UndoTaggingValidator() => RuleFor(c => c.TaggingId).NotEmpty().RouteValue("id");
}

public sealed class UndoTaggingHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<UndoTaggingCommand, TaggingOperationDto>
{
    public async ValueTask<TaggingOperationDto> Handle(UndoTaggingCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked, so two clicks on "Ångra" (or two colleagues) cannot both undo it.
        var operation = await db.TaggingOperations.FromSql($"SELECT * FROM tagging_operations WHERE id = {command.TaggingId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.TaggingNotFound, $"There is no tagging with id {command.TaggingId}.");
        var status = await db.Dialogues.Where(d => d.Id == operation.DialogueId).Select(d => d.Status).SingleAsync(cancellationToken);
        Theme.EnsureOpinionsCanBeGrouped(status);
        operation.Undo(clock.GetUtcNow());
        await BulkTagging.UndoAsync(db, operation, cancellationToken);
        if (operation.Source == TaggingSource.Suggestion
            && await db.ThemeSuggestions.SingleOrDefaultAsync(s => s.TaggingOperationId == operation.Id, cancellationToken) is { } suggestion)
        {
            suggestion.Reopen();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var themeName = await db.Themes.Where(t => t.Id == operation.ThemeId).Select(t => t.Name).SingleAsync(cancellationToken);
        return new TaggingOperationDto(operation.Id, operation.ThemeId, themeName, operation.Action, operation.Source, operation.Count, operation.DoneAt, operation.UndoneAt);
    }
}
