namespace Medborgardialog.Api.Domain;

/// <summary>What a dialogue is about, when, where, how and for whom: what staff give when they create a draft and
/// again, whole, when they edit it (<see cref="Dialogue.CreateDraft(string, DialogueDescription, DateTimeOffset, Guid?)"/>,
/// <see cref="Dialogue.Edit(DialogueDescription)"/>).</summary>
public sealed record DialogueDescription(
    string Title, string Summary, string Question,
    string Committee, string? CaseNumber, DateOnly? PlannedDecisionDate,
    IEnumerable<DialogueForm> Forms, IEnumerable<TargetGroup> TargetGroups, IEnumerable<Place> Places,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
