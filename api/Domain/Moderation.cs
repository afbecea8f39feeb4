namespace Medborgardialog.Api.Domain;

/// <summary>Whether a dialogue's opinions are shown publicly (author anonymised) or only used internally.</summary>
public enum OpinionVisibility
{
    Internal,
    Public,
}

/// <summary>When public opinions are shown: after a moderator passed them (pre), or at once and reviewed after (post).</summary>
public enum ModerationMode
{
    PreModeration,
    PostModeration,
}

/// <summary>Where an opinion stands in moderation. Only <c>spam</c> takes it out of the result.</summary>
public enum ModerationStatus
{
    /// <summary>Nothing flagged it and no moderator has looked at it yet.</summary>
    Unreviewed,

    /// <summary>Held for a moderator (lexicon, personal data, a burst of near-identical opinions, or enough reports):
    /// never shown publicly, still counted in the result.</summary>
    Held,

    /// <summary>A moderator passed it.</summary>
    Approved,

    /// <summary>A moderator hid it; the public sees a notice with the moderator's reason instead of the text.</summary>
    Hidden,

    /// <summary>A moderator rejected it as spam: out of view and out of the result.</summary>
    Spam,
}

/// <summary>What the automatic check found in a text.</summary>
public enum ContentCategory
{
    Threat,
    Hate,
    PersonalData,
}

/// <summary>One reason text is held: the category and what matched — the lexicon entry, or for personal data only
/// the kind ("telefonnummer", "personnummer", "e-postadress"), never the personal data itself.</summary>
public sealed record ContentHit(ContentCategory Category, string Term);

/// <summary>Why someone reports a public opinion.</summary>
public enum ReportReason
{
    ThreatOrHate,
    PersonalData,
    Spam,
    OffTopic,
}

/// <summary>What happened to an opinion in moderation, for the audit log.</summary>
public enum ModerationAction
{
    /// <summary>The automatic check held it (lexicon, personal data or a burst of near-identical opinions).</summary>
    HeldAutomatically,

    /// <summary>Enough people reported it: hidden pending review.</summary>
    HeldAfterReports,
    Approved,
    Hidden,
    MarkedAsSpam,
    MarkedForPoliceReport,
}

/// <summary>A report of a public opinion by a resident. One per opinion and reporter (a receipt or a browser), kept
/// only as a one-way hash of the reporter's key.</summary>
public sealed class OpinionReport
{
    private OpinionReport() { } // for EF

    public OpinionReport(Guid id, Guid opinionId, ReportReason reason, string reporterHash, DateTimeOffset now)
    {
        Id = id;
        OpinionId = opinionId;
        Reason = reason;
        ReporterHash = reporterHash;
        ReportedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid OpinionId { get; private set; }
    public ReportReason Reason { get; private set; }
    public string ReporterHash { get; private set; } = "";
    public DateTimeOffset ReportedAt { get; private set; }
}

/// <summary>One line of the moderation audit log: who (a member of staff, or the system), when, what, why.</summary>
public sealed class ModerationLogEntry
{
    private ModerationLogEntry() { } // for EF

    public ModerationLogEntry(Guid id, Guid opinionId, Guid dialogueId, ModerationAction action, string? reason, Guid? actorUserId, DateTimeOffset now)
    {
        Id = id;
        OpinionId = opinionId;
        DialogueId = dialogueId;
        Action = action;
        Reason = reason;
        ActorUserId = actorUserId;
        At = now;
    }

    public Guid Id { get; private set; }
    public Guid OpinionId { get; private set; }
    public Guid DialogueId { get; private set; }
    public ModerationAction Action { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The moderator; null when the system acted (automatic hold, reports).</summary>
    public Guid? ActorUserId { get; private set; }
    public DateTimeOffset At { get; private set; }
}

public static class ModerationLimits
{
    public const int Reason = 500;
    public const int ReporterKey = 200;
}
