using Medborgardialog.Api.Features.ThemeSuggestions.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>Splits a proposed suggestion in two by its opinions' words (the same finder, on its opinions only); the two
/// take its place in the list.</summary>
public sealed record SplitThemeSuggestionCommand(Guid SuggestionId) : ICommand<ThemeSuggestionsDto>;

public sealed class SplitThemeSuggestionValidator : AbstractValidator<SplitThemeSuggestionCommand>
{
    public SplitThemeSuggestionValidator() => RuleFor(c => c.SuggestionId).NotEmpty().RouteValue("id");
}

public sealed class SplitThemeSuggestionHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<SplitThemeSuggestionCommand, ThemeSuggestionsDto>
{
    public async ValueTask<ThemeSuggestionsDto> Handle(SplitThemeSuggestionCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var suggestion = await SuggestionLookup.ForChangeAsync(db, command.SuggestionId, cancellationToken);
        suggestion.EnsureProposed();
        var run = await db.ThemeSuggestionRuns.AsNoTracking().SingleAsync(r => r.Id == suggestion.RunId, cancellationToken);
        var members = suggestion.OpinionIds.ToHashSet();
        var stems = (await SuggestionWords.StemsAsync(db, run, cancellationToken)).Where(s => members.Contains(s.Id)).ToList();
        var found = ThemeFinder.Find(stems, 2, await SuggestionWords.EverydayStemsAsync(db, cancellationToken));
        var spelling = await RunThemeSuggestionsHandler.SpellingOfAsync(db, run.DialogueId, run.QuestionId, found, cancellationToken);
        // An opinion the split cannot place (it shares too little with either half) stays with the larger half: a split
        // loses no opinion.
        var placed = found.SelectMany(t => t.OpinionIds).ToHashSet();
        var left = suggestion.OpinionIds.Where(id => !placed.Contains(id)).ToList();
        if (found.Count > 0 && left.Count > 0)
        {
            found = [found[0] with { OpinionIds = found[0].OpinionIds.Concat(left).Order().ToList() }, .. found.Skip(1)];
        }

        var parts = found.Select(theme =>
        {
            var keyWords = theme.Terms.Select(t => spelling(t.Stem)).ToList();
            return new ThemeSuggestion(Guid.CreateVersion7(clock.GetUtcNow()), run.Id, run.DialogueId, suggestion.Position, SuggestionWords.Name(keyWords),
                keyWords, theme.Terms, theme.OpinionIds, theme.ExampleIds);
        }).ToList();
        suggestion.SplitInto(parts);
        db.ThemeSuggestions.AddRange(parts);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await SuggestionView.LatestAsync(db, suggestion.DialogueId, cancellationToken);
    }
}
