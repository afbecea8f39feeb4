using Medborgardialog.Api.Infrastructure.Auth;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Open an announced dialogue for opinions now (it also opens by itself at its opening time).</summary>
public sealed record OpenDialogueCommand(Guid Id) : ICommand<DialogueStatusResponse>;

/// <summary>A dialogue's status after a change.</summary>
public sealed record DialogueStatusResponse(Guid Id, string Slug, DialogueStatus Status);

public sealed class OpenDialogueValidator : AbstractValidator<OpenDialogueCommand>
{
    public OpenDialogueValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class OpenDialogueHandler(AppDbContext db, TimeProvider clock, CurrentActor actor)
    : ICommandHandler<OpenDialogueCommand, DialogueStatusResponse>
{
    public async ValueTask<DialogueStatusResponse> Handle(OpenDialogueCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.Id}.");

        dialogue.Open(clock.GetUtcNow(), actor.Get());
        await db.SaveChangesAsync(cancellationToken);
        return new DialogueStatusResponse(dialogue.Id, dialogue.Slug, dialogue.Status);
    }
}
