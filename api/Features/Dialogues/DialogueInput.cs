using FluentValidation;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;
using Medborgardialog.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>
/// What staff write about a dialogue, shared by <see cref="AnnounceDialogueCommand"/> (create) and
/// <see cref="EditDialogueCommand"/> (change): one set of rules for both.
/// </summary>
public interface IDialogueInput
{
    string Title { get; }
    string Summary { get; }
    string Question { get; }
    string Committee { get; }
    string? CaseNumber { get; }
    DateOnly? PlannedDecisionDate { get; }
    IReadOnlyList<DialogueForm> Forms { get; }
    IReadOnlyList<TargetGroup> TargetGroups { get; }
    IReadOnlyList<PlaceInput> Places { get; }
    DateTimeOffset OpensAt { get; }
    DateTimeOffset ClosesAt { get; }
    IReadOnlyList<string>? Topics { get; }
    IReadOnlyList<string>? Districts { get; }
    ParticipationLevel ParticipationLevel { get; }
    string? EasyReadText { get; }
    IReadOnlyList<FactLinkInput>? FactLinks { get; }
    bool IsYouthDialogue { get; }
    IReadOnlyList<Guid>? ResponsibleOfficialIds { get; }
}

/// <summary>A place (with address and accessibility information) or an online link.</summary>
/// <param name="Name">E.g. "Folkets hus, stora salen" or "Digitalt forum".</param>
/// <param name="Address">Street address, for a physical place.</param>
/// <param name="Url">Link, for an online place.</param>
/// <param name="Accessibility">Step-free access, hearing loop, interpretation …</param>
public sealed record PlaceInput(string Name, string? Address, string? Url, string? Accessibility);

/// <summary>A link to fact material.</summary>
/// <param name="Title">What it is, e.g. "Förstudie skatepark (PDF)".</param>
/// <param name="Url">A full https:// address.</param>
public sealed record FactLinkInput(string Title, string Url);

public sealed class DialogueInputValidator : AbstractValidator<IDialogueInput>
{
    public DialogueInputValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(DialogueLimits.Title);
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(DialogueLimits.Summary);
        RuleFor(c => c.Question).NotEmpty().MaximumLength(DialogueLimits.Question);
        RuleFor(c => c.Committee).NotEmpty().MaximumLength(DialogueLimits.Committee);
        RuleFor(c => c.CaseNumber).MaximumLength(DialogueLimits.CaseNumber);
        RuleFor(c => c.Forms).NotEmpty().WithMessage("Choose at least one form of dialogue.");
        RuleForEach(c => c.Forms).IsInEnum();
        RuleForEach(c => c.TargetGroups).IsInEnum();
        RuleFor(c => c.Places).MaxCount(DialogueLimits.MaxPlaces, $"At most {DialogueLimits.MaxPlaces} places.");
        RuleForEach(c => c.Places).NotNull().ChildRules(place =>
        {
            place.RuleFor(p => p.Name).NotEmpty().MaximumLength(DialogueLimits.PlaceName);
            place.RuleFor(p => p.Address).MaximumLength(DialogueLimits.PlaceAddress);
            place.RuleFor(p => p.Url).MaximumLength(DialogueLimits.PlaceUrl).WebAddress();
            place.RuleFor(p => p.Accessibility).MaximumLength(DialogueLimits.PlaceAccessibility);
        });
        RuleFor(c => c.OpensAt).NotEmpty();
        RuleFor(c => c.ClosesAt).NotEmpty()
            .GreaterThan(c => c.OpensAt).WithMessage("The closing time must be after the opening time.");
        RuleFor(c => c.PlannedDecisionDate)
            .Must((c, date) => date is null || date.Value.ToDateTime(TimeOnly.MaxValue) >= c.ClosesAt.UtcDateTime)
            .WithMessage("The planned decision date must not be before the dialogue closes.")
            .WithFieldCode(FieldErrorCodes.MustBeAfter, ("other", "closesAt"));
        RuleFor(c => c.Topics).MaxCount(DialogueLimits.MaxTopics, $"At most {DialogueLimits.MaxTopics} topics.");
        RuleForEach(c => c.Topics).NotEmpty().MaximumLength(DialogueLimits.Topic);
        RuleFor(c => c.ParticipationLevel).IsInEnum();
        RuleFor(c => c.EasyReadText).MaximumLength(DialogueLimits.EasyReadText);
        RuleFor(c => c.FactLinks).MaxCount(DialogueLimits.MaxFactLinks, $"At most {DialogueLimits.MaxFactLinks} links.");
        RuleForEach(c => c.FactLinks).NotNull().ChildRules(link =>
        {
            link.RuleFor(l => l.Title).NotEmpty().MaximumLength(DialogueLimits.Title);
            link.RuleFor(l => l.Url).NotEmpty().MaximumLength(DialogueLimits.PlaceUrl).WebAddress();
        });
        RuleFor(c => c.Districts).MaxCount(30, "At most 30 districts.");
        RuleFor(c => c.ResponsibleOfficialIds).MaxCount(20, "At most 20 officials.");
    }
}

/// <summary>Turns the input into the domain's values, checking the references that live in the database.</summary>
internal static class DialogueInputMapping
{
    /// <summary>The description as the domain takes it: texts trimmed, times in UTC.</summary>
    public static DialogueDescription Description(IDialogueInput input) => new(
        input.Title.Trim(),
        input.Summary.Trim(),
        input.Question.Trim(),
        input.Committee.Trim(),
        Blank(input.CaseNumber),
        input.PlannedDecisionDate,
        input.Forms,
        input.TargetGroups ?? [],
        Places(input),
        input.OpensAt.ToUniversalTime(),
        input.ClosesAt.ToUniversalTime());

    public static IEnumerable<Place> Places(IDialogueInput input) =>
        (input.Places ?? []).Select(p => new Place(p.Name.Trim(), Blank(p.Address), Blank(p.Url), Blank(p.Accessibility)));

    /// <summary>Unknown districts or officials are field errors, like any other bad value.</summary>
    public static async Task CheckReferencesAsync(AppDbContext db, IDialogueInput input, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        var districts = input.Districts ?? [];
        if (districts.Count > 0)
        {
            var known = await db.Districts.Where(d => districts.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
            failures.AddRange(districts.Select((code, i) => (code, i)).Where(x => !known.Contains(x.code))
                .Select(x => new FluentValidation.Results.ValidationFailure($"Districts[{x.i}]", $"'{x.code}' is not one of Karlskoga's districts (see GET /api/districts).")));
        }

        var officials = input.ResponsibleOfficialIds ?? [];
        if (officials.Count > 0)
        {
            var known = await db.ElectedOfficials.Where(o => officials.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
            failures.AddRange(officials.Select((id, i) => (id, i)).Where(x => !known.Contains(x.id))
                .Select(x => new FluentValidation.Results.ValidationFailure($"ResponsibleOfficialIds[{x.i}]", "There is no elected official with this id.")));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    public static void Describe(Dialogue dialogue, IDialogueInput input) =>
        dialogue.Describe(
            input.Topics ?? [],
            input.Districts ?? [],
            input.ParticipationLevel,
            input.EasyReadText,
            (input.FactLinks ?? []).Select(l => new FactLink(l.Title.Trim(), l.Url.Trim())),
            input.IsYouthDialogue,
            input.ResponsibleOfficialIds ?? []);

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
