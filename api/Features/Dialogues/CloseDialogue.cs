using Medborgardialog.Api.Infrastructure.Auth;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Close an open dialogue now (it also closes by itself at its closing time).</summary>
public sealed record CloseDialogueCommand(Guid Id) : ICommand<DialogueStatusResponse>;

public sealed class CloseDialogueValidator : AbstractValidator<CloseDialogueCommand>
{
    public CloseDialogueValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class CloseDialogueHandler(AppDbContext db, TimeProvider clock, CurrentActor actor)
    : ICommandHandler<CloseDialogueCommand, DialogueStatusResponse>
{
    public async ValueTask<DialogueStatusResponse> Handle(CloseDialogueCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.Id}.");

        dialogue.Close(clock.GetUtcNow(), actor.Get());
        await db.SaveChangesAsync(cancellationToken);
        return new DialogueStatusResponse(dialogue.Id, dialogue.Slug, dialogue.Status);
    }
}
