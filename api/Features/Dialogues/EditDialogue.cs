using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>Change a dialogue's what, when, where, how, for whom and fact material — until it closes.
/// The whole description is sent, as when the dialogue was created.</summary>
public sealed record EditDialogueCommand(
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
    IReadOnlyList<Guid>? ResponsibleOfficialIds = null) : ICommand<EditDialogueResponse>, IDialogueInput
{
    /// <summary>The dialogue to change; from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

/// <summary>The dialogue after the change, with what staff should know (warnings do not stop anything).</summary>
public sealed record EditDialogueResponse(Guid Id, string Slug, DialogueStatus Status, IReadOnlyList<DialogueWarning> Warnings);

public sealed class EditDialogueValidator : AbstractValidator<EditDialogueCommand>
{
    public EditDialogueValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        Include(new DialogueInputValidator());
    }
}

public sealed class EditDialogueHandler(AppDbContext db) : ICommandHandler<EditDialogueCommand, EditDialogueResponse>
{
    public async ValueTask<EditDialogueResponse> Handle(EditDialogueCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.Id}.");
        await DialogueInputMapping.CheckReferencesAsync(db, command, cancellationToken);

        dialogue.Edit(
            command.Title.Trim(),
            command.Summary.Trim(),
            command.Question.Trim(),
            command.Committee.Trim(),
            DialogueInputMapping.Blank(command.CaseNumber),
            command.PlannedDecisionDate,
            command.Forms,
            command.TargetGroups ?? [],
            DialogueInputMapping.Places(command),
            command.OpensAt.ToUniversalTime(),
            command.ClosesAt.ToUniversalTime());
        DialogueInputMapping.Describe(dialogue, command);
        await db.SaveChangesAsync(cancellationToken);
        return new EditDialogueResponse(dialogue.Id, dialogue.Slug, dialogue.Status, dialogue.Warnings());
    }
}
