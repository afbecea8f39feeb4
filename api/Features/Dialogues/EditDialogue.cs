using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Change a dialogue's what, when, where, how, for whom and fact material — until it closes.
/// The whole description is sent, as when the dialogue was created.</summary>
public sealed record EditDialogueRequest(
    string Title,
    string Summary,
    string Question,
    string Committee,
    string? CaseNumber,
    DateOnly? PlannedDecisionDate,
    IReadOnlyList<DialogueForm> Forms,
    IReadOnlyList<TargetGroup> TargetGroups,
    IReadOnlyList<PlaceInput> Places,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<string>? Districts = null,
    ParticipationLevel ParticipationLevel = ParticipationLevel.Consult,
    string? EasyReadText = null,
    IReadOnlyList<FactLinkInput>? FactLinks = null,
    bool IsYouthDialogue = false,
    IReadOnlyList<Guid>? ResponsibleOfficialIds = null) : IDialogueInput;

/// <summary>Changes the dialogue <paramref name="Id"/> (the route's) to the description in <paramref name="Body"/>.</summary>
public sealed record EditDialogueCommand(Guid Id, EditDialogueRequest Body) : ICommand<EditDialogueResponse>;

/// <summary>The dialogue after the change, with what staff should know (warnings do not stop anything).</summary>
public sealed record EditDialogueResponse(Guid Id, string Slug, DialogueStatus Status, IReadOnlyList<DialogueWarning> Warnings);

public sealed class EditDialogueValidator : AbstractValidator<EditDialogueCommand>
{
    public EditDialogueValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Body).SetValidator(new DialogueInputValidator());
    }
}

public sealed class EditDialogueHandler(AppDbContext db) : ICommandHandler<EditDialogueCommand, EditDialogueResponse>
{
    public async ValueTask<EditDialogueResponse> Handle(EditDialogueCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.Id}.");
        await DialogueInputMapping.CheckReferencesAsync(db, command.Body, cancellationToken);

        dialogue.Edit(DialogueInputMapping.Description(command.Body));
        DialogueInputMapping.Describe(dialogue, command.Body);
        await db.SaveChangesAsync(cancellationToken);
        return new EditDialogueResponse(dialogue.Id, dialogue.Slug, dialogue.Status, dialogue.Warnings());
    }
}
