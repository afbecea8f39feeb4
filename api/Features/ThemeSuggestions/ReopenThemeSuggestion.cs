using Medborgardialog.Api.Features.ThemeSuggestions.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>Proposes a rejected suggestion again. (An accepted one is proposed again by undoing its tagging.)</summary>
public sealed record ReopenThemeSuggestionCommand(Guid SuggestionId) : ICommand<ThemeSuggestionsDto>;

public sealed class ReopenThemeSuggestionValidator : AbstractValidator<ReopenThemeSuggestionCommand>
{
    public ReopenThemeSuggestionValidator() => RuleFor(c => c.SuggestionId).NotEmpty().RouteValue("id");
}

public sealed class ReopenThemeSuggestionHandler(AppDbContext db) : ICommandHandler<ReopenThemeSuggestionCommand, ThemeSuggestionsDto>
{
    public async ValueTask<ThemeSuggestionsDto> Handle(ReopenThemeSuggestionCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var suggestion = await SuggestionLookup.ForChangeAsync(db, command.SuggestionId, cancellationToken);
        if (suggestion.Status != SuggestionStatus.Rejected)
        {
            throw new DomainRuleException(ProblemCodes.SuggestionNotReopenable, "Only a rejected suggestion is proposed again here; an accepted one by undoing its tagging.");
        }

        suggestion.Reopen();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await SuggestionView.LatestAsync(db, suggestion.DialogueId, cancellationToken);
    }
}
