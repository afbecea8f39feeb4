using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Moderation;

/// <summary>Officials choose whether a dialogue's opinions are public and how they are moderated.</summary>
/// <param name="Visibility">Public (anonymised, after moderation) or Internal (used for the result only).</param>
/// <param name="Mode">PreModeration or PostModeration; leave empty for the default (pre-moderation for young people).</param>
public sealed record SetOpinionModerationRequest(OpinionVisibility Visibility, ModerationMode? Mode);

public sealed record SetOpinionModerationCommand(Guid DialogueId, SetOpinionModerationRequest Body) : ICommand<OpinionModerationDto>;

/// <summary>The dialogue's settings: what the public sees and how it is moderated (the default applies when none was chosen).</summary>
public sealed record OpinionModerationDto(Guid DialogueId, OpinionVisibility Visibility, ModerationMode Moderation, bool ModerationIsDefault);

public sealed class SetOpinionModerationValidator : AbstractValidator<SetOpinionModerationCommand>
{
    public SetOpinionModerationValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Visibility).IsInEnum().When(c => c.Body is not null);
        RuleFor(c => c.Body.Mode).IsInEnum().When(c => c.Body is not null);
    }
}

public sealed class SetOpinionModerationHandler(AppDbContext db) : ICommandHandler<SetOpinionModerationCommand, OpinionModerationDto>
{
    public async ValueTask<OpinionModerationDto> Handle(SetOpinionModerationCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        dialogue.SetModeration(command.Body.Visibility, command.Body.Mode);
        await db.SaveChangesAsync(cancellationToken);
        return new OpinionModerationDto(dialogue.Id, dialogue.OpinionVisibility, dialogue.EffectiveModeration, dialogue.ModerationMode is null);
    }
}
