namespace Medborgardialog.Api.Domain;

/// <summary>
/// A meeting, walk, workshop or pop-up of a dialogue: when, where (or online), how accessible, and how many
/// can come. Sign-ups are counted against the capacity; no account is needed to sign up.
/// </summary>
public sealed class DialogueSession
{
    private DialogueSession() { } // for EF

    public DialogueSession(
        Guid id,
        DialogueForm form,
        string title,
        DateTimeOffset startsAt,
        DateTimeOffset endsAt,
        string? placeName,
        string? address,
        string? onlineUrl,
        SessionAccessibility accessibility,
        int? capacity,
        bool signUpRequired)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainRuleException(ProblemCodes.SessionEndsBeforeStart, "A session must end after it starts.");
        }

        if (string.IsNullOrWhiteSpace(placeName) && string.IsNullOrWhiteSpace(onlineUrl))
        {
            throw new DomainRuleException(ProblemCodes.SessionNeedsPlace, "A session needs a place or an online link.");
        }

        if (signUpRequired && capacity is null)
        {
            throw new DomainRuleException(ProblemCodes.SessionNeedsCapacity, "A session with sign-up needs a capacity.");
        }

        Id = id;
        Form = form;
        Title = title;
        StartsAt = startsAt;
        EndsAt = endsAt;
        PlaceName = placeName;
        Address = address;
        OnlineUrl = onlineUrl;
        Accessibility = accessibility;
        Capacity = capacity;
        SignUpRequired = signUpRequired;
    }

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }
    public DialogueForm Form { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? PlaceName { get; private set; }
    public string? Address { get; private set; }
    public string? OnlineUrl { get; private set; }
    public SessionAccessibility Accessibility { get; private set; } = new(false, false, null, false, null);
    public int? Capacity { get; private set; }
    public bool SignUpRequired { get; private set; }
    public int SignUpCount { get; private set; }

    /// <summary>Optimistic concurrency, so two residents cannot take the last place at once.</summary>
    public uint Version { get; private set; }

    public int? PlacesLeft => Capacity is null ? null : Math.Max(0, Capacity.Value - SignUpCount);

    /// <summary>Takes <paramref name="people"/> places, or refuses when they are not there.</summary>
    public void SignUp(int people, DateTimeOffset now)
    {
        if (people < 1)
        {
            throw new DomainRuleException(ProblemCodes.SessionSignUpNeedsPeople, "A sign-up is for at least one person.");
        }

        if (now >= StartsAt)
        {
            throw new DomainRuleException(ProblemCodes.SessionStarted, "The session has already started; sign-up is closed.");
        }

        if (Capacity is { } capacity && SignUpCount + people > capacity)
        {
            throw new DomainRuleException(PlacesLeft switch
            {
                0 => (ProblemCodes.SessionFull, "The session is full."),
                1 => (ProblemCodes.SessionNotEnoughPlaces, "Only 1 place is left."),
                var left => (ProblemCodes.SessionNotEnoughPlaces, $"Only {left} places are left."),
            });
        }

        SignUpCount += people;
    }
}

/// <summary>What a session offers so everyone can take part (promise Q3a: make it easier for those less heard).</summary>
/// <param name="StepFreeAccess">No steps to the entrance and the room.</param>
/// <param name="HearingLoop">A hearing loop (hörslinga).</param>
/// <param name="Interpretation">Interpretation into these languages, e.g. "arabiska, somaliska".</param>
/// <param name="SignLanguage">Swedish sign-language interpretation (teckenspråkstolk).</param>
/// <param name="Notes">Anything else: parking, toilets, how to get there.</param>
public sealed record SessionAccessibility(bool StepFreeAccess, bool HearingLoop, string? Interpretation, bool SignLanguage, string? Notes);
