using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>A new dialogue, saved as a draft: what it is about, the decision it informs, how, when, where and for whom.</summary>
/// <param name="Title">Short name of the dialogue, e.g. "Ny skatepark vid Skrantaområdet".</param>
/// <param name="Summary">Plain-language summary: what is being decided and why residents are asked.</param>
/// <param name="Question">The question put to residents.</param>
/// <param name="Committee">The committee (nämnd) that takes the decision.</param>
/// <param name="CaseNumber">The case number (diarienummer), when there is one.</param>
/// <param name="PlannedDecisionDate">When the committee plans to decide.</param>
/// <param name="Forms">The forms of dialogue offered; at least one.</param>
/// <param name="TargetGroups">Who the dialogue must reach.</param>
/// <param name="Places">Where the dialogue happens: places with address and accessibility, or links.</param>
/// <param name="OpensAt">When residents can start giving their opinions.</param>
/// <param name="ClosesAt">When the dialogue stops accepting opinions; after <paramref name="OpensAt"/>.</param>
/// <param name="Topics">What it is about, in a few words.</param>
/// <param name="Districts">Codes of the districts it concerns (GET /api/districts).</param>
/// <param name="ParticipationLevel">How much influence residents have: inform, consult, dialogue, coCreate.</param>
/// <param name="EasyReadText">The fact material in easy-read Swedish (lättläst).</param>
/// <param name="FactLinks">Links to fact material.</param>
/// <param name="IsYouthDialogue">A dialogue with young people.</param>
/// <param name="ResponsibleOfficialIds">The elected officials responsible (GET /api/officials).</param>
public sealed record AnnounceDialogueRequest(
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

/// <summary>Creates the draft described in <paramref name="Body"/>.</summary>
public sealed record AnnounceDialogueCommand(AnnounceDialogueRequest Body) : ICommand<AnnounceDialogueResponse>;

/// <summary>The draft that was created.</summary>
public sealed record AnnounceDialogueResponse(Guid Id, string Slug, DialogueStatus Status);

public sealed class AnnounceDialogueValidator : AbstractValidator<AnnounceDialogueCommand>
{
    public AnnounceDialogueValidator() => RuleFor(c => c.Body).SetValidator(new DialogueInputValidator());
}

public sealed class AnnounceDialogueHandler(AppDbContext db, TimeProvider clock, CurrentActor actor)
    : ICommandHandler<AnnounceDialogueCommand, AnnounceDialogueResponse>
{
    public async ValueTask<AnnounceDialogueResponse> Handle(AnnounceDialogueCommand command, CancellationToken cancellationToken)
    {
        await DialogueInputMapping.CheckReferencesAsync(db, command.Body, cancellationToken);
        var slug = await UniqueSlugAsync(Slug.From(command.Body.Title), cancellationToken);
        var dialogue = Dialogue.CreateDraft(slug, DialogueInputMapping.Description(command.Body), clock.GetUtcNow(), actor.Get().UserId);
        DialogueInputMapping.Describe(dialogue, command.Body);

        db.Dialogues.Add(dialogue);
        await db.SaveChangesAsync(cancellationToken);
        return new AnnounceDialogueResponse(dialogue.Id, dialogue.Slug, dialogue.Status);
    }

    private async Task<string> UniqueSlugAsync(string baseSlug, CancellationToken cancellationToken)
    {
        var prefix = baseSlug + "-";
        var taken = await db.Dialogues
            .Where(d => d.Slug == baseSlug || d.Slug.StartsWith(prefix))
            .Select(d => d.Slug)
            .ToListAsync(cancellationToken);
        if (!taken.Contains(baseSlug))
        {
            return baseSlug;
        }

        var n = 2;
        while (taken.Contains($"{baseSlug}-{n}"))
        {
            n++;
        }

        return $"{baseSlug}-{n}";
    }
}
