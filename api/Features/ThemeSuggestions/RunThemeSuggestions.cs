using Medborgardialog.Api.Features.ThemeSuggestions.Common;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>
/// The background job's work: takes the queued runs one at a time (claimed with SKIP LOCKED, so two instances never
/// take the same; a run left working by a process that died is taken again after ten minutes), reads the opinions'
/// stems, finds the themes and writes the suggestions. Returns how many runs it finished.
/// </summary>
public sealed record RunThemeSuggestionsCommand : ICommand<int>, Infrastructure.Http.IChangesNoPublicPage;

public sealed class RunThemeSuggestionsHandler(AppDbContext db, TimeProvider clock, ILogger<RunThemeSuggestionsHandler> logger)
    : ICommandHandler<RunThemeSuggestionsCommand, int>
{
    /// <summary>A run working for longer than this was left by a process that stopped.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    public async ValueTask<int> Handle(RunThemeSuggestionsCommand command, CancellationToken cancellationToken)
    {
        var finished = 0;
        while (await ClaimAsync(cancellationToken) is { } run)
        {
            try
            {
                await WorkAsync(run, cancellationToken);
                finished++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Theme suggestion run {RunId} failed", run.Id);
                db.ChangeTracker.Clear();
                await db.ThemeSuggestionRuns.Where(r => r.Id == run.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, SuggestionRunStatus.Failed).SetProperty(r => r.FinishedAt, clock.GetUtcNow()), cancellationToken);
            }
        }

        return finished;
    }

    private async Task<ThemeSuggestionRun?> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var abandoned = now - Abandoned;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.ThemeSuggestionRuns.FromSql($"""
            SELECT * FROM theme_suggestion_runs
            WHERE status = 'Queued' OR (status = 'Running' AND started_at < {abandoned})
            ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED
            """).SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        run.Start(now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    private async Task WorkAsync(ThemeSuggestionRun run, CancellationToken cancellationToken)
    {
        var stems = await SuggestionWords.StemsAsync(db, run, cancellationToken);
        var everyday = await SuggestionWords.EverydayStemsAsync(db, cancellationToken);
        await ProgressAsync(run, 15, cancellationToken);

        // The clustering is CPU work; its progress is written every half second while it runs.
        var progress = 15;
        var finding = Task.Run(() => ThemeFinder.Find(stems, run.Wanted, everyday, p => Volatile.Write(ref progress, 15 + (p * 70 / 100))), cancellationToken);
        while (await Task.WhenAny(finding, Task.Delay(500, cancellationToken)) != finding)
        {
            await ProgressAsync(run, Volatile.Read(ref progress), cancellationToken);
        }

        var found = await finding;
        await ProgressAsync(run, 90, cancellationToken);
        var suggestions = await SuggestionsAsync(run, found, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ThemeSuggestions.AddRange(suggestions);
        run.Finish(stems.Count(s => s.Stems.Count > 0), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The found themes as suggestions, each with its key words spelled as residents wrote them most often.</summary>
    internal async Task<List<ThemeSuggestion>> SuggestionsAsync(ThemeSuggestionRun run, IReadOnlyList<FoundTheme> found, CancellationToken cancellationToken)
    {
        var spelling = await SpellingOfAsync(db, run.DialogueId, run.QuestionId, found, cancellationToken);
        return found.Select((theme, i) =>
        {
            var keyWords = theme.Terms.Select(t => spelling(t.Stem)).ToList();
            return new ThemeSuggestion(Guid.CreateVersion7(clock.GetUtcNow()), run.Id, run.DialogueId, i, SuggestionWords.Name(keyWords), keyWords, theme.Terms, theme.OpinionIds, theme.ExampleIds);
        }).ToList();
    }

    /// <summary>The spellings, read from a sample of each theme's opinions (its examples and its first 200 by id).</summary>
    internal static async Task<Func<string, string>> SpellingOfAsync(AppDbContext db, Guid dialogueId, Guid? questionId, IReadOnlyList<FoundTheme> found, CancellationToken cancellationToken)
    {
        var sample = found.SelectMany(t => t.ExampleIds.Concat(t.OpinionIds.Take(200))).Distinct().ToList();
        var texts = await SuggestionWords.TextsAsync(db, dialogueId, questionId, sample, cancellationToken);
        return await SuggestionWords.SpellingsAsync(db, texts.Values, cancellationToken);
    }

    private Task<int> ProgressAsync(ThemeSuggestionRun run, int progress, CancellationToken cancellationToken) =>
        db.ThemeSuggestionRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, progress), cancellationToken);
}
