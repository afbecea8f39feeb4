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

public sealed record SetOpinionModerationCommand(Guid DialogueId, SetOpinionModerationRequest Settings) : ICommand<OpinionModerationDto>;

/// <summary>The dialogue's settings: what the public sees and how it is moderated (the default applies when none was chosen).</summary>
public sealed record OpinionModerationDto(Guid DialogueId, OpinionVisibility Visibility, ModerationMode Moderation, bool ModerationIsDefault);

public sealed class SetOpinionModerationValidator : AbstractValidator<SetOpinionModerationCommand>
{
    public SetOpinionModerationValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty();
        RuleFor(c => c.Settings).NotNull();
        RuleFor(c => c.Settings.Visibility).IsInEnum().When(c => c.Settings is not null);
        RuleFor(c => c.Settings.Mode).IsInEnum().When(c => c.Settings is not null);
    }
}

public sealed class SetOpinionModerationHandler(AppDbContext db) : ICommandHandler<SetOpinionModerationCommand, OpinionModerationDto>
{
    public async ValueTask<OpinionModerationDto> Handle(SetOpinionModerationCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        dialogue.SetModeration(command.Settings.Visibility, command.Settings.Mode);
        await db.SaveChangesAsync(cancellationToken);
        return new OpinionModerationDto(dialogue.Id, dialogue.OpinionVisibility, dialogue.EffectiveModeration, dialogue.ModerationMode is null);
    }
}
