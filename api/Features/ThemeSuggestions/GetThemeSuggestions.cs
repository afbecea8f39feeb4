using Medborgardialog.Api.Features.ThemeSuggestions.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>The dialogue's latest theme suggestions: the run's progress, then its suggestions with their words and examples.</summary>
public sealed record GetThemeSuggestionsQuery(Guid DialogueId) : IQuery<ThemeSuggestionsDto>;

public sealed class GetThemeSuggestionsValidator : AbstractValidator<GetThemeSuggestionsQuery>
{
    public GetThemeSuggestionsValidator() => RuleFor(q => q.DialogueId).NotEmpty().RouteValue("id");
}

public sealed class GetThemeSuggestionsHandler(AppDbContext db) : IQueryHandler<GetThemeSuggestionsQuery, ThemeSuggestionsDto>
{
    public async ValueTask<ThemeSuggestionsDto> Handle(GetThemeSuggestionsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Dialogues.AnyAsync(d => d.Id == query.DialogueId, cancellationToken))
        {
            throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {query.DialogueId}.");
        }

        return await SuggestionView.LatestAsync(db, query.DialogueId, cancellationToken);
    }
}
