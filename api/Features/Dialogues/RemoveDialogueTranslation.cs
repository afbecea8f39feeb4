using FluentValidation;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Removes the translation of a dialogue's texts into <paramref name="Language"/>: the page is then shown in Swedish
/// to readers of that language.</summary>
public sealed record RemoveDialogueTranslationCommand(Guid DialogueId, string Language) : ICommand<Unit>;

public sealed class RemoveDialogueTranslationValidator : AbstractValidator<RemoveDialogueTranslationCommand>
{
    public RemoveDialogueTranslationValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Language).NotEmpty().MaximumLength(8).RouteValue("language");
    }
}

public sealed class RemoveDialogueTranslationHandler(AppDbContext db) : ICommandHandler<RemoveDialogueTranslationCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveDialogueTranslationCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        if (!dialogue.RemoveTranslation(command.Language))
        {
            throw new NotFoundException(ProblemCodes.TranslationNotFound, $"The dialogue has no translation into '{command.Language}'.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
