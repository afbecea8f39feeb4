using Medborgardialog.Api.Features.ThemeSuggestions.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>Sets a proposed theme aside: nothing is tagged. It can be proposed again (<c>ReopenThemeSuggestion</c>).</summary>
public sealed record RejectThemeSuggestionCommand(Guid SuggestionId) : ICommand<ThemeSuggestionsDto>;

public sealed class RejectThemeSuggestionValidator : AbstractValidator<RejectThemeSuggestionCommand>
{
    public RejectThemeSuggestionValidator() => RuleFor(c => c.SuggestionId).NotEmpty().RouteValue("id");
}

public sealed class RejectThemeSuggestionHandler(AppDbContext db) : ICommandHandler<RejectThemeSuggestionCommand, ThemeSuggestionsDto>
{
    public async ValueTask<ThemeSuggestionsDto> Handle(RejectThemeSuggestionCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var suggestion = await SuggestionLookup.ForChangeAsync(db, command.SuggestionId, cancellationToken);
        suggestion.Reject();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await SuggestionView.LatestAsync(db, suggestion.DialogueId, cancellationToken);
    }
}
