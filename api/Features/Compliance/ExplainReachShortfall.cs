using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Compliance;

/// <summary>Why the group was reached less than its configured share (promise Q4): what was tried, what was learnt.</summary>
public sealed record ExplainReachShortfallRequest(string Explanation);

public sealed record ExplainReachShortfallCommand(Guid DialogueId, TargetGroup Group, ExplainReachShortfallRequest Body) : ICommand<ReachExplanationDto>;

public sealed record ReachExplanationDto(Guid DialogueId, TargetGroup Group, string Explanation, DateTimeOffset ExplainedAt);

public sealed class ExplainReachShortfallValidator : AbstractValidator<ExplainReachShortfallCommand>
{
    public ExplainReachShortfallValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Group).IsInEnum();
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Explanation).NotEmpty().MaximumLength(ReachExplanation.MaxText).When(c => c.Body is not null);
    }
}

public sealed class ExplainReachShortfallHandler(AppDbContext db, TimeProvider clock, CurrentActor actor)
    : ICommandHandler<ExplainReachShortfallCommand, ReachExplanationDto>
{
    public async ValueTask<ReachExplanationDto> Handle(ExplainReachShortfallCommand command, CancellationToken cancellationToken)
    {
        var groups = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => d.TargetGroups).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        if (!groups.Contains(command.Group))
        {
            throw new DomainRuleException(ProblemCodes.ReachNotATargetGroup, $"{command.Group} is not one of the dialogue's target groups.");
        }

        var now = clock.GetUtcNow();
        var by = actor.Get().UserId;
        var explanation = await db.ReachExplanations.SingleOrDefaultAsync(e => e.DialogueId == command.DialogueId && e.Group == command.Group, cancellationToken);
        if (explanation is null)
        {
            explanation = new ReachExplanation(command.DialogueId, command.Group, command.Body.Explanation, by, now);
            db.ReachExplanations.Add(explanation);
        }
        else
        {
            explanation.Explain(command.Body.Explanation, by, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReachExplanationDto(explanation.DialogueId, explanation.Group, explanation.Text, explanation.ExplainedAt);
    }
}
