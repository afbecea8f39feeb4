using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.DialogueResults;

/// <summary>The result in plain words and the opinions picked as representative quotes (in order).</summary>
public sealed record CompileResultRequest(string Summary, IReadOnlyList<Guid> QuoteOpinionIds);

/// <summary>Writes the result's summary and quotes of a closed dialogue (may be rewritten until the decision).</summary>
public sealed record CompileResultCommand(Guid DialogueId, CompileResultRequest Body) : ICommand<Unit>;

public sealed class CompileResultValidator : AbstractValidator<CompileResultCommand>
{
    public CompileResultValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Summary).NotEmpty().MaximumLength(OutcomeLimits.Summary);
            RuleFor(c => c.Body.QuoteOpinionIds).NotNull()
                .Must(q => q.Count <= OutcomeLimits.MaxQuotes).WithMessage($"Pick at most {OutcomeLimits.MaxQuotes} quotes.");
        });
    }
}

public sealed class CompileResultHandler(AppDbContext db, TimeProvider clock, CurrentActor actor) : ICommandHandler<CompileResultCommand, Unit>
{
    public async ValueTask<Unit> Handle(CompileResultCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Dialogues.Where(d => d.Id == command.DialogueId).Select(d => (DialogueStatus?)d.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var quotes = command.Body.QuoteOpinionIds.Distinct().ToList();
        var usable = await db.Opinions.Where(Opinion.InResult).CountAsync(o => o.DialogueId == command.DialogueId && quotes.Contains(o.Id), cancellationToken);
        if (usable != quotes.Count)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("quoteOpinionIds", "Quotes must be opinions of this dialogue that are not withdrawn.")]);
        }

        var result = await db.DialogueResults.SingleOrDefaultAsync(r => r.DialogueId == command.DialogueId, cancellationToken);
        if (result is null)
        {
            result = new DialogueResult(command.DialogueId);
            db.DialogueResults.Add(result);
        }

        result.Compile(status, command.Body.Summary.Trim(), quotes, actor.Get().UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
