using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Feedback;

/// <summary>The committee's decision.</summary>
/// <param name="Committee">Which committee or council decided.</param>
/// <param name="DecidedOn">The date of the decision.</param>
/// <param name="CaseNumber">The case number (diarienummer), if any.</param>
/// <param name="Text">The decision in plain words.</param>
/// <param name="HowResultWasUsed">How the dialogue's result was used — required: it is the promise.</param>
/// <param name="DecisionUrl">A link to the minutes or the decision, if public.</param>
public sealed record RecordDecisionRequest(string Committee, DateOnly DecidedOn, string? CaseNumber, string Text, string HowResultWasUsed, string? DecisionUrl);

public sealed record RecordDecisionCommand(Guid DialogueId, RecordDecisionRequest Body) : ICommand<DecisionDto>;

/// <summary>A recorded decision, as the public sees it.</summary>
public sealed record DecisionDto(string Committee, DateOnly DecidedOn, string? CaseNumber, string Text, string HowResultWasUsed, string? DecisionUrl, DateTimeOffset RecordedAt);

public sealed class RecordDecisionValidator : AbstractValidator<RecordDecisionCommand>
{
    public RecordDecisionValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Committee).NotEmpty().MaximumLength(DialogueLimits.Committee);
            RuleFor(c => c.Body.DecidedOn).NotEmpty();
            RuleFor(c => c.Body.CaseNumber).MaximumLength(DialogueLimits.CaseNumber);
            RuleFor(c => c.Body.Text).NotEmpty().MaximumLength(OutcomeLimits.DecisionText);
            RuleFor(c => c.Body.HowResultWasUsed).NotEmpty().WithMessage("Say how the dialogue's result was used in the decision.")
                .MaximumLength(OutcomeLimits.DecisionText);
            RuleFor(c => c.Body.DecisionUrl).MaximumLength(DialogueLimits.PlaceUrl)
                .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
                .WithMessage("Give a full web address starting with https://.");
        });
    }
}

public sealed class RecordDecisionHandler(AppDbContext db, TimeProvider clock, CurrentActor actor) : ICommandHandler<RecordDecisionCommand, DecisionDto>
{
    public async ValueTask<DecisionDto> Handle(RecordDecisionCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var input = command.Body;
        var decision = Domain.Decision.Record(
            dialogue,
            await db.Decisions.AnyAsync(d => d.DialogueId == dialogue.Id, cancellationToken),
            input.Committee.Trim(), input.DecidedOn, string.IsNullOrWhiteSpace(input.CaseNumber) ? null : input.CaseNumber.Trim(),
            input.Text.Trim(), input.HowResultWasUsed.Trim(), string.IsNullOrWhiteSpace(input.DecisionUrl) ? null : input.DecisionUrl.Trim(),
            actor.Get(), clock.GetUtcNow());
        db.Decisions.Add(decision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainRuleException(ProblemCodes.DecisionAlreadyRecorded, "The decision for this dialogue is already recorded."); // a second request racing the first
        }

        return DecisionDtos.From(decision);
    }
}

internal static class DecisionDtos
{
    public static DecisionDto From(Domain.Decision d) =>
        new(d.Committee, d.DecidedOn, d.CaseNumber, d.Text, d.HowResultWasUsed, d.DecisionUrl, d.RecordedAt);
}
