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
