using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>The body of a cancellation: why, in words the public reads on the dialogue's page.</summary>
/// <param name="Reason">E.g. "Frågan har avgjorts i budgeten; dialogen behövs inte längre."</param>
public sealed record CancelDialogueRequest(string Reason);

/// <summary>Cancel a dialogue that has not ended, with a public reason.</summary>
public sealed record CancelDialogueCommand(Guid Id, CancelDialogueRequest Body) : ICommand<DialogueStatusResponse>;

public sealed class CancelDialogueValidator : AbstractValidator<CancelDialogueCommand>
{
    public CancelDialogueValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(DialogueLimits.CancellationReason);
    }
}

public sealed class CancelDialogueHandler(AppDbContext db, TimeProvider clock, CurrentActor actor)
    : ICommandHandler<CancelDialogueCommand, DialogueStatusResponse>
{
    public async ValueTask<DialogueStatusResponse> Handle(CancelDialogueCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.Id}.");

        dialogue.Cancel(command.Body.Reason, clock.GetUtcNow(), actor.Get());
        await db.SaveChangesAsync(cancellationToken);
        return new DialogueStatusResponse(dialogue.Id, dialogue.Slug, dialogue.Status);
    }
}
