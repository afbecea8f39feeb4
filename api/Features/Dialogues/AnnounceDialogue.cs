using FluentValidation;
using Mediator;
using Medborgardialog.Api.Domain;
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
public sealed record AnnounceDialogueCommand(
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
    DateTimeOffset ClosesAt) : ICommand<AnnounceDialogueResponse>;

/// <summary>A place (with address and accessibility information) or an online link.</summary>
/// <param name="Name">E.g. "Folkets hus, stora salen" or "Digitalt forum".</param>
/// <param name="Address">Street address, for a physical place.</param>
/// <param name="Url">Link, for an online place.</param>
/// <param name="Accessibility">Step-free access, hearing loop, interpretation …</param>
public sealed record PlaceInput(string Name, string? Address, string? Url, string? Accessibility);

/// <summary>The draft that was created.</summary>
public sealed record AnnounceDialogueResponse(Guid Id, string Slug, DialogueStatus Status);

public sealed class AnnounceDialogueValidator : AbstractValidator<AnnounceDialogueCommand>
{
    public AnnounceDialogueValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(DialogueLimits.Title);
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(DialogueLimits.Summary);
        RuleFor(c => c.Question).NotEmpty().MaximumLength(DialogueLimits.Question);
        RuleFor(c => c.Committee).NotEmpty().MaximumLength(DialogueLimits.Committee);
        RuleFor(c => c.CaseNumber).MaximumLength(DialogueLimits.CaseNumber);
        RuleFor(c => c.Forms).NotEmpty().WithMessage("Choose at least one form of dialogue.");
        RuleForEach(c => c.Forms).IsInEnum();
        RuleForEach(c => c.TargetGroups).IsInEnum();
        RuleFor(c => c.Places).Must(p => p is null || p.Count <= DialogueLimits.MaxPlaces)
            .WithMessage($"At most {DialogueLimits.MaxPlaces} places.");
        RuleForEach(c => c.Places).NotNull().ChildRules(place =>
        {
            place.RuleFor(p => p.Name).NotEmpty().MaximumLength(DialogueLimits.PlaceName);
            place.RuleFor(p => p.Address).MaximumLength(DialogueLimits.PlaceAddress);
            place.RuleFor(p => p.Url).MaximumLength(DialogueLimits.PlaceUrl)
                .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
                .WithMessage("Give a full web address starting with https://.");
            place.RuleFor(p => p.Accessibility).MaximumLength(DialogueLimits.PlaceAccessibility);
        });
        RuleFor(c => c.OpensAt).NotEmpty();
        RuleFor(c => c.ClosesAt).NotEmpty()
            .GreaterThan(c => c.OpensAt).WithMessage("The closing time must be after the opening time.");
        RuleFor(c => c.PlannedDecisionDate)
            .Must((c, date) => date is null || date.Value.ToDateTime(TimeOnly.MaxValue) >= c.ClosesAt.UtcDateTime)
            .WithMessage("The planned decision date must not be before the dialogue closes.");
    }
}

public sealed class AnnounceDialogueHandler(AppDbContext db, TimeProvider clock)
    : ICommandHandler<AnnounceDialogueCommand, AnnounceDialogueResponse>
{
    public async ValueTask<AnnounceDialogueResponse> Handle(AnnounceDialogueCommand command, CancellationToken cancellationToken)
    {
        var slug = await UniqueSlugAsync(Slug.From(command.Title), cancellationToken);
        var dialogue = Dialogue.CreateDraft(
            slug,
            command.Title.Trim(),
            command.Summary.Trim(),
            command.Question.Trim(),
            command.Committee.Trim(),
            string.IsNullOrWhiteSpace(command.CaseNumber) ? null : command.CaseNumber.Trim(),
            command.PlannedDecisionDate,
            command.Forms,
            command.TargetGroups ?? [],
            (command.Places ?? []).Select(p => new Place(p.Name.Trim(), p.Address, p.Url, p.Accessibility)),
            command.OpensAt.ToUniversalTime(),
            command.ClosesAt.ToUniversalTime(),
            clock.GetUtcNow());

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
