namespace Medborgardialog.Api.Domain;

/// <summary>How a follower wants to hear: a mail at each step, or one mail a week with the week's steps.</summary>
public enum FollowFrequency
{
    EachStep,
    Weekly,
}

/// <summary>What a follow is of: one dialogue's steps, or every new dialogue (optionally only in a district or on a topic).</summary>
public enum FollowScope
{
    Dialogue,
    NewDialogues,
}

/// <summary>
/// Someone who follows dialogues by e-mail, without an account: the address (personal data, deleted on unsubscribe and
/// when nothing is followed any more), the language to write in, how often, and the consent given (its text's version
/// and when). The address counts as confirmed once one of its follows was confirmed from the address's mailbox.
/// </summary>
public sealed class Follower
{
    private Follower() { } // for EF

    public Follower(Guid id, string email, string language, FollowFrequency frequency, string consentVersion, DateTimeOffset now)
    {
        Id = id;
        Email = Normalise(email);
        Language = language;
        Frequency = frequency;
        ConsentVersion = consentVersion;
        ConsentedAt = now;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>Personal data: trimmed and in lower case, one follower per address.</summary>
    public string Email { get; private set; } = "";
    public string Language { get; private set; } = Words.Languages.Swedish;
    public FollowFrequency Frequency { get; private set; }

    /// <summary>The version of the consent text the follower agreed to (<see cref="FollowConsent.Version"/> at the time).</summary>
    public string ConsentVersion { get; private set; } = "";
    public DateTimeOffset ConsentedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a link sent to the address was first followed: mail other than confirmations goes only to confirmed addresses.</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }

    public List<Follow> Follows { get; private set; } = [];

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A new consent (following again from a form) replaces the old one: its version and time are the latest.</summary>
    public void Consent(string consentVersion, DateTimeOffset now)
    {
        ConsentVersion = consentVersion;
        ConsentedAt = now;
    }

    public void Confirm(DateTimeOffset now) => ConfirmedAt ??= now;

    public void Change(FollowFrequency frequency, string language)
    {
        Frequency = frequency;
        Language = language;
    }
}

/// <summary>One thing a follower follows. Pending until confirmed from the mailbox (double opt-in) — or confirmed at once
/// when added with a link only the address's owner has (the manage page, a mail's "follow this dialogue").</summary>
public sealed class Follow
{
    private Follow() { } // for EF

    public Follow(Guid id, Guid followerId, FollowScope scope, Guid? dialogueId, string? district, string? topic, DateTimeOffset now)
    {
        if ((scope == FollowScope.Dialogue) != (dialogueId is not null))
        {
            throw new ArgumentException("A dialogue follow names its dialogue; a follow of new dialogues does not.", nameof(dialogueId));
        }

        Id = id;
        FollowerId = followerId;
        Scope = scope;
        DialogueId = dialogueId;
        District = scope == FollowScope.NewDialogues ? district : null;
        Topic = scope == FollowScope.NewDialogues ? topic?.Trim().ToLowerInvariant() : null;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid FollowerId { get; private set; }
    public FollowScope Scope { get; private set; }
    public Guid? DialogueId { get; private set; }

    /// <summary>For new dialogues: only those in this district (a district key); null for all.</summary>
    public string? District { get; private set; }

    /// <summary>For new dialogues: only those with this topic (lower case, as dialogues keep them); null for all.</summary>
    public string? Topic { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>Confirms the follow, once: a second confirmation of the same link is refused (the link has been used).</summary>
    public void Confirm(DateTimeOffset now)
    {
        if (ConfirmedAt is not null)
        {
            throw new DomainRuleException(ProblemCodes.FollowAlreadyConfirmed, "This follow is already confirmed.");
        }

        ConfirmedAt = now;
    }

    /// <summary>Whether this follow is of the same thing as another would be.</summary>
    public bool IsOf(FollowScope scope, Guid? dialogueId, string? district, string? topic) =>
        Scope == scope && DialogueId == dialogueId && District == district
        && Topic == (scope == FollowScope.NewDialogues ? topic?.Trim().ToLowerInvariant() : null);
}

/// <summary>Which dialogues can be followed: the public ones that have not finished. A draft is not public (it is not
/// found); a cancelled dialogue and one whose feedback is published have nothing more to tell.</summary>
public static class FollowRules
{
    public static void EnsureFollowable(Dialogue dialogue)
    {
        if (dialogue.Status == DialogueStatus.Cancelled)
        {
            throw new DomainRuleException(ProblemCodes.FollowDialogueCancelled, "The dialogue is cancelled; there is nothing to follow.");
        }

        if (dialogue.Status == DialogueStatus.FeedbackPublished)
        {
            throw new DomainRuleException(ProblemCodes.FollowDialogueFinished, "The dialogue's feedback is published; nothing more will happen.");
        }
    }
}

/// <summary>The consent a follower gives, by version: the SPA shows the words of this version, the follower row keeps it.</summary>
public static class FollowConsent
{
    public const string Version = "follow-consent-2026-12";
}

/// <summary>A step of a dialogue's life that followers and webhook receivers are told of.</summary>
public enum DialogueEventKind
{
    Announced,
    Opened,
    SessionAdded,
    ClosingSoon,
    Closed,
    Decided,
    FeedbackPublished,
    Cancelled,
}

/// <summary>
/// A step of a public dialogue, written in the same transaction as the step itself (the dialogue's status change, the
/// new session), so it is never lost: the distribution job then writes one ledger row per follower (and per webhook
/// endpoint) with <c>ON CONFLICT DO NOTHING</c>, so no one is told twice. Only steps of published dialogues are events;
/// a draft's life is private.
/// </summary>
public sealed class DialogueEvent
{
    private DialogueEvent() { } // for EF

    public DialogueEvent(Guid id, Guid dialogueId, DialogueEventKind kind, Guid? sessionId, DateTimeOffset at)
    {
        Id = id;
        DialogueId = dialogueId;
        Kind = kind;
        SessionId = sessionId;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }
    public DialogueEventKind Kind { get; private set; }

    /// <summary>For <see cref="DialogueEventKind.SessionAdded"/>: the session.</summary>
    public Guid? SessionId { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>When its ledger rows were written (null: still to distribute).</summary>
    public DateTimeOffset? DistributedAt { get; private set; }

    public void Distributed(DateTimeOffset now) => DistributedAt ??= now;

    /// <summary>The step of a status change, if the new status is one followers hear of.</summary>
    public static DialogueEventKind? ForStatus(DialogueStatus status) => status switch
    {
        DialogueStatus.Announced => DialogueEventKind.Announced,
        DialogueStatus.Open => DialogueEventKind.Opened,
        DialogueStatus.Closed => DialogueEventKind.Closed,
        DialogueStatus.Decided => DialogueEventKind.Decided,
        DialogueStatus.FeedbackPublished => DialogueEventKind.FeedbackPublished,
        DialogueStatus.Cancelled => DialogueEventKind.Cancelled,
        _ => null,
    };

    /// <summary>How long before closing followers are reminded.</summary>
    public static readonly TimeSpan ClosingSoonBefore = TimeSpan.FromDays(7);
}
