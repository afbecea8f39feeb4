namespace Medborgardialog.Api.Features.ThemeSuggestions.Common;

internal static class SuggestionLookup
{
    /// <summary>The suggestion to change (tracked, locked for the transaction), once its dialogue's opinions can be grouped.</summary>
    public static async Task<ThemeSuggestion> ForChangeAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var suggestion = await db.ThemeSuggestions.FromSql($"SELECT * FROM theme_suggestions WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFound(id);
        var status = await db.Dialogues.Where(d => d.Id == suggestion.DialogueId).Select(d => d.Status).SingleAsync(cancellationToken);
        Theme.EnsureOpinionsCanBeGrouped(status);
        return suggestion;
    }

    public static NotFoundException NotFound(Guid id) => new(ProblemCodes.SuggestionNotFound, $"There is no theme suggestion with id {id}.");
}
