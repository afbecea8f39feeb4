namespace Medborgardialog.Api.Domain;

/// <summary>The life of a dialogue: Draft → Announced → Open → Closed → Decided → FeedbackPublished, or Cancelled.</summary>
public enum DialogueStatus
{
    Draft,
    Announced,
    Open,
    Closed,
    Decided,
    FeedbackPublished,
    Cancelled,
}

/// <summary>What a status says about the dialogue's life so far.</summary>
public static class DialogueStatusFacts
{
    /// <summary>Closed, Decided or FeedbackPublished: the dialogue was open and has closed (and was not cancelled).
    /// The rules that hold "after the dialogue has closed" hold for the later steps too.</summary>
    public static bool HasClosed(this DialogueStatus status) =>
        status is DialogueStatus.Closed or DialogueStatus.Decided or DialogueStatus.FeedbackPublished;

    /// <summary>Draft, Announced or Open: the dialogue has not closed and was not cancelled.</summary>
    public static bool IsBeforeClosing(this DialogueStatus status) =>
        status is DialogueStatus.Draft or DialogueStatus.Announced or DialogueStatus.Open;
}
