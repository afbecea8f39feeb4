namespace Medborgardialog.Api.Features.Dialogues;

/// <summary>A session to add: a meeting, walk, workshop or pop-up with time, place or link, accessibility and capacity.</summary>
/// <param name="Form">Which form of dialogue the session is (openMeeting, dialogueWalk, workshop, popUp …).</param>
/// <param name="Title">E.g. "Öppet möte i Folkets hus".</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="EndsAt">When it ends; after <paramref name="StartsAt"/>.</param>
/// <param name="PlaceName">The place, for a physical session.</param>
/// <param name="Address">The street address.</param>
/// <param name="OnlineUrl">The link, for an online session.</param>
/// <param name="Accessibility">Step-free access, hearing loop, interpretation, sign language, notes.</param>
/// <param name="Capacity">How many can come; empty for no limit.</param>
/// <param name="SignUpRequired">Whether people sign up in advance.</param>
public sealed record AddSessionRequest(
    DialogueForm Form,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? PlaceName,
    string? Address,
    string? OnlineUrl,
    SessionAccessibilityInput? Accessibility,
    int? Capacity,
    bool SignUpRequired);

/// <summary>Accessibility information of a session.</summary>
public sealed record SessionAccessibilityInput(bool StepFreeAccess, bool HearingLoop, string? Interpretation, bool SignLanguage, string? Notes);

/// <summary>Adds a session to a dialogue that has not closed.</summary>
public sealed record AddSessionCommand(Guid DialogueId, AddSessionRequest Body) : ICommand<AddSessionResponse>;

/// <summary>The session that was added.</summary>
public sealed record AddSessionResponse(Guid Id);

public sealed class AddSessionValidator : AbstractValidator<AddSessionCommand>
{
    public AddSessionValidator()
    {
        RuleFor(c => c.DialogueId).NotEmpty().RouteValue("id");
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Form).IsInEnum().When(c => c.Body is not null);
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(DialogueLimits.Title).When(c => c.Body is not null);
        RuleFor(c => c.Body.StartsAt).NotEmpty().When(c => c.Body is not null);
        RuleFor(c => c.Body.EndsAt).GreaterThan(c => c.Body.StartsAt)
            .WithMessage("A session must end after it starts.").When(c => c.Body is not null);
        RuleFor(c => c.Body.PlaceName).MaximumLength(DialogueLimits.PlaceName).When(c => c.Body is not null);
        RuleFor(c => c.Body.PlaceName).NotEmpty().When(c => c.Body is not null && string.IsNullOrWhiteSpace(c.Body.OnlineUrl))
            .WithMessage("Give a place or an online link.");
        RuleFor(c => c.Body.Address).MaximumLength(DialogueLimits.PlaceAddress).When(c => c.Body is not null);
        RuleFor(c => c.Body.OnlineUrl).MaximumLength(DialogueLimits.PlaceUrl)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
            .WithMessage("Give a full web address starting with https://.").When(c => c.Body is not null);
        RuleFor(c => c.Body.Capacity).InclusiveBetween(1, 100_000).When(c => c.Body?.Capacity is not null);
        RuleFor(c => c.Body.Capacity).NotNull().When(c => c.Body is { SignUpRequired: true })
            .WithMessage("A session with sign-up needs a capacity.");
        RuleFor(c => c.Body.Accessibility!.Interpretation).MaximumLength(200).When(c => c.Body?.Accessibility is not null);
        RuleFor(c => c.Body.Accessibility!.Notes).MaximumLength(DialogueLimits.PlaceAccessibility).When(c => c.Body?.Accessibility is not null);
    }
}

public sealed class AddSessionHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<AddSessionCommand, AddSessionResponse>
{
    public async ValueTask<AddSessionResponse> Handle(AddSessionCommand command, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
            ?? throw new NotFoundException(ProblemCodes.DialogueNotFound, $"There is no dialogue with id {command.DialogueId}.");
        var s = command.Body;
        var a = s.Accessibility ?? new SessionAccessibilityInput(false, false, null, false, null);
        var session = new DialogueSession(
            Guid.CreateVersion7(clock.GetUtcNow()),
            s.Form,
            s.Title.Trim(),
            s.StartsAt.ToUniversalTime(),
            s.EndsAt.ToUniversalTime(),
            Blank(s.PlaceName),
            Blank(s.Address),
            Blank(s.OnlineUrl),
            new SessionAccessibility(a.StepFreeAccess, a.HearingLoop, Blank(a.Interpretation), a.SignLanguage, Blank(a.Notes)),
            s.Capacity,
            s.SignUpRequired);

        dialogue.AddSession(session, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new AddSessionResponse(session.Id);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
