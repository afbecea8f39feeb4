using Medborgardialog.Api.Features.ThemeSuggestions.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>Gives a proposed theme the name it will have when accepted.</summary>
public sealed record RenameThemeSuggestionRequest(string Name);

public sealed record RenameThemeSuggestionCommand(Guid SuggestionId, RenameThemeSuggestionRequest Body) : ICommand<ThemeSuggestionsDto>;

public sealed class RenameThemeSuggestionValidator : AbstractValidator<RenameThemeSuggestionCommand>
{
    public RenameThemeSuggestionValidator()
    {
        RuleFor(c => c.SuggestionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Name).NotEmpty().Must(n => n.Trim().Length > 0).WithErrorCode(FieldErrorCodes.Required).MaximumLength(OutcomeLimits.ThemeName).When(c => c.Body is not null);
    }
}

public sealed class RenameThemeSuggestionHandler(AppDbContext db) : ICommandHandler<RenameThemeSuggestionCommand, ThemeSuggestionsDto>
{
    public async ValueTask<ThemeSuggestionsDto> Handle(RenameThemeSuggestionCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var suggestion = await SuggestionLookup.ForChangeAsync(db, command.SuggestionId, cancellationToken);
        suggestion.Rename(command.Body.Name.Trim());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await SuggestionView.LatestAsync(db, suggestion.DialogueId, cancellationToken);
    }
}
