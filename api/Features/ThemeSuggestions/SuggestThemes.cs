using Medborgardialog.Api.Features.ThemeSuggestions.Common;
using Medborgardialog.Api.Infrastructure.Jobs;
using Npgsql;

namespace Medborgardialog.Api.Features.ThemeSuggestions;

/// <summary>
/// Asks for theme suggestions from the dialogue's free text, worked in the background (progress in
/// <c>GetThemeSuggestions</c>). The earlier suggestions are replaced; what was accepted stays tagged.
/// </summary>
/// <param name="Count">How many themes at most (default 10).</param>
/// <param name="QuestionId">Only the answers to this free-text question of the questionnaire; none: the opinion's text and every free-text answer.</param>
/// <param name="OnlyUntagged">Only the opinions under no theme yet.</param>
public sealed record SuggestThemesRequest(int? Count, Guid? QuestionId, bool? OnlyUntagged);

public sealed record SuggestThemesCommand(Guid DialogueId, SuggestThemesRequest Body) : ICommand<ThemeSuggestionsDto>;

public sealed class SuggestThemesValidator : AbstractValidator<SuggestThemesCommand>
{
    public SuggestThemesValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Count).InclusiveBetween(CompilingLimits.MinSuggestions, CompilingLimits.MaxSuggestions).When(c => c.Body is not null);
    }
}

public sealed class SuggestThemesHandler(AppDbContext db, TimeProvider clock, IThemeSuggestionsKick kick) : ICommandHandler<SuggestThemesCommand, ThemeSuggestionsDto>
{
    public async ValueTask<ThemeSuggestionsDto> Handle(SuggestThemesCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == command.DialogueId).Select(d => new { d.Status, d.Questions }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        Theme.EnsureOpinionsCanBeGrouped(dialogue.Status);
        if (command.Body.QuestionId is { } questionId && !dialogue.Questions.Any(q => q.Id == questionId && q.Kind == QuestionKind.FreeText))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("questionId", "The question must be one of this dialogue's free-text questions.")]);
        }

        if (await db.ThemeSuggestionRuns.AnyAsync(r => r.DialogueId == command.DialogueId && (r.Status == SuggestionRunStatus.Queued || r.Status == SuggestionRunStatus.Running), cancellationToken))
        {
            throw Running();
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The earlier runs and their suggestions go; their taggings stay (and can still be undone).
        await db.ThemeSuggestionRuns.Where(r => r.DialogueId == command.DialogueId).ExecuteDeleteAsync(cancellationToken);
        db.ThemeSuggestionRuns.Add(new ThemeSuggestionRun(Guid.CreateVersion7(now), command.DialogueId, command.Body.QuestionId,
            command.Body.Count ?? CompilingLimits.DefaultSuggestions, command.Body.OnlyUntagged ?? false, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw Running(); // a colleague asked at the same moment
        }

        await transaction.CommitAsync(cancellationToken);
        kick.Kick();
        return await SuggestionView.LatestAsync(db, command.DialogueId, cancellationToken);
    }

    private static DomainRuleException Running() =>
        new(ProblemCodes.SuggestionsRunning, "Theme suggestions are already being worked out for this dialogue.");
}
