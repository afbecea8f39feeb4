namespace Medborgardialog.Api.Domain;

/// <summary>What a dialogue lacks before it can be announced: when, where, how and a plain summary (a code each; the
/// staff console says it in words).</summary>
public enum AnnouncementGap
{
    /// <summary>A plain-language summary.</summary>
    Summary,

    /// <summary>How: at least one form of dialogue.</summary>
    Form,

    /// <summary>Where: a place, a link or a session.</summary>
    Place,
}

/// <summary>What staff are warned about (not refused): promises the dialogue does not yet keep well.</summary>
public enum DialogueWarning
{
    /// <summary>Fewer than two forms of dialogue: the promise is varied forms, so more people can take part.</summary>
    FewerThanTwoForms,

    /// <summary>No easy-read text (lättläst) yet.</summary>
    NoEasyReadText,
}

/// <summary>A step staff can take with a dialogue from where it is now.</summary>
public enum DialogueAction
{
    Edit,
    Publish,
    Open,
    Close,
    Cancel,
    RecordDecision,
    PublishFeedback,
}
