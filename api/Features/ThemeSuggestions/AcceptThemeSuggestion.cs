using Medborgardialog.Api.Features.DialogueResults.Common;
using Medborgardialog.Api.Features.ThemeSuggestions.Common;
using Medborgardialog.Api.Infrastructure.Auth;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>
/// Accepts a proposed theme: the theme of its name is created (or, when the dialogue has one of that name, used) and
/// every one of its opinions that still counts in the result is tagged with it, in one bulk tagging that undo reverses.
/// </summary>
/// <param name="Name">The theme's name; none: the suggestion's.</param>
public sealed record AcceptThemeSuggestionRequest(string? Name);

public sealed record AcceptThemeSuggestionCommand(Guid SuggestionId, AcceptThemeSuggestionRequest Body) : ICommand<ThemeSuggestionsDto>;

public sealed class AcceptThemeSuggestionValidator : AbstractValidator<AcceptThemeSuggestionCommand>
{
    public AcceptThemeSuggestionValidator()
    {
        RuleFor(c => c.SuggestionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Name).Must(n => n!.Trim().Length > 0).WithErrorCode(FieldErrorCodes.Required).MaximumLength(OutcomeLimits.ThemeName)
            .When(c => c.Body is { Name: not null });
    }
}

public sealed class AcceptThemeSuggestionHandler(AppDbContext db, TimeProvider clock, CurrentActor actor) : ICommandHandler<AcceptThemeSuggestionCommand, ThemeSuggestionsDto>
{
    public async ValueTask<ThemeSuggestionsDto> Handle(AcceptThemeSuggestionCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var suggestion = await SuggestionLookup.ForChangeAsync(db, command.SuggestionId, cancellationToken);
        suggestion.EnsureProposed();

        var now = clock.GetUtcNow();
        var name = command.Body.Name?.Trim() ?? suggestion.Name;
        var theme = await db.Themes.SingleOrDefaultAsync(t => t.DialogueId == suggestion.DialogueId && t.Name == name, cancellationToken);
        if (theme is null)
        {
            if (await db.Themes.CountAsync(t => t.DialogueId == suggestion.DialogueId, cancellationToken) >= OutcomeLimits.MaxThemes)
            {
                throw new DomainRuleException(ProblemCodes.ThemeTooMany, $"A dialogue has at most {OutcomeLimits.MaxThemes} themes.");
            }

            theme = new Theme(Guid.CreateVersion7(now), suggestion.DialogueId, name, now);
            db.Themes.Add(theme);
            await db.SaveChangesAsync(cancellationToken);
        }

        var members = suggestion.OpinionIds;
        var themeId = theme.Id;
        var opinions = db.Opinions.Where(o => o.DialogueId == suggestion.DialogueId).Where(Opinion.InResult)
            .Where(o => members.Contains(o.Id) && !o.ThemeIds.Contains(themeId)).Select(o => o.Id);
        var changed = await BulkTagging.ApplyAsync(db, opinions, theme.Id, TaggingAction.Tag, cancellationToken);
        var operation = new TaggingOperation(Guid.CreateVersion7(now), suggestion.DialogueId, theme.Id, TaggingAction.Tag, TaggingSource.Suggestion, changed, actor.Get().UserId, now);
        db.TaggingOperations.Add(operation);
        suggestion.Accept(theme.Id, operation.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await SuggestionView.LatestAsync(db, suggestion.DialogueId, cancellationToken);
    }
}
