using Medborgardialog.Api.Infrastructure.Auth;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Make a draft public (Draft → Announced): it is listed and can be read, not yet open for opinions.</summary>
public sealed record PublishDialogueCommand(Guid Id) : ICommand<PublishDialogueResponse>;

/// <summary>The dialogue after publishing.</summary>
public sealed record PublishDialogueResponse(Guid Id, string Slug, DialogueStatus Status, DateTimeOffset PublishedAt);

public sealed class PublishDialogueValidator : AbstractValidator<PublishDialogueCommand>
{
    public PublishDialogueValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class PublishDialogueHandler(AppDbContext db, TimeProvider clock, CurrentActor actor)
    : ICommandHandler<PublishDialogueCommand, PublishDialogueResponse>
{
    public async ValueTask<PublishDialogueResponse> Handle(PublishDialogueCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.Include(d => d.Sessions).SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.Id}.");

        dialogue.Publish(clock.GetUtcNow(), actor.Get());
        await db.SaveChangesAsync(cancellationToken);
        return new PublishDialogueResponse(dialogue.Id, dialogue.Slug, dialogue.Status, dialogue.PublishedAt!.Value);
    }
}
