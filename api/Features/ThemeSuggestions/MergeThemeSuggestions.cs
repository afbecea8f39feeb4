using Medborgardialog.Api.Features.ThemeSuggestions.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>Merges other proposed suggestions of the same run into this one: their opinions join it, and its key
/// words become the heaviest of them all (weighed by how many opinions each had).</summary>
public sealed record MergeThemeSuggestionsRequest(IReadOnlyList<Guid> SuggestionIds);

public sealed record MergeThemeSuggestionsCommand(Guid SuggestionId, MergeThemeSuggestionsRequest Body) : ICommand<ThemeSuggestionsDto>;

public sealed class MergeThemeSuggestionsValidator : AbstractValidator<MergeThemeSuggestionsCommand>
{
    public MergeThemeSuggestionsValidator()
    {
        RuleFor(c => c.SuggestionId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.SuggestionIds).NotNull().Must(ids => ids.Count is > 0 and <= CompilingLimits.MaxSuggestions)
            .WithMessage($"Merge between 1 and {CompilingLimits.MaxSuggestions} suggestions.").When(c => c.Body is not null);
    }
}

public sealed class MergeThemeSuggestionsHandler(AppDbContext db) : ICommandHandler<MergeThemeSuggestionsCommand, ThemeSuggestionsDto>
{
    private const int KeyTerms = 8;

    public async ValueTask<ThemeSuggestionsDto> Handle(MergeThemeSuggestionsCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var suggestion = await SuggestionLookup.ForChangeAsync(db, command.SuggestionId, cancellationToken);
        var otherIds = command.Body.SuggestionIds.Distinct().ToArray();
        var others = await db.ThemeSuggestions.FromSql($"SELECT * FROM theme_suggestions WHERE id = ANY({otherIds}) ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);
        if (others.Count != otherIds.Length)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("suggestionIds", "Every suggestion must be one of this run's suggestions.")]);
        }

        var all = others.Prepend(suggestion).ToList();
        var total = (double)all.Sum(s => s.OpinionIds.Count);
        var spelling = all.SelectMany(s => s.Terms.Zip(s.KeyWords)).GroupBy(x => x.First.Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Second, StringComparer.Ordinal);
        var terms = all.SelectMany(s => s.Terms.Select(t => (t.Stem, Weight: t.Weight * s.OpinionIds.Count / total)))
            .GroupBy(t => t.Stem, StringComparer.Ordinal)
            .Select(g => new SuggestionTerm(g.Key, Math.Round(g.Sum(x => x.Weight), 4)))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Stem, StringComparer.Ordinal).Take(KeyTerms).ToList();
        // The examples: the largest's first, then each other's first, and so on.
        var examples = Enumerable.Range(0, 3).SelectMany(i => all.OrderByDescending(s => s.OpinionIds.Count).Where(s => s.ExampleIds.Count > i).Select(s => s.ExampleIds[i]))
            .Distinct().Take(3).ToList();
        suggestion.Merge(others, terms.Select(t => spelling[t.Stem]).ToList(), terms, examples);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await SuggestionView.LatestAsync(db, suggestion.DialogueId, cancellationToken);
    }
}
