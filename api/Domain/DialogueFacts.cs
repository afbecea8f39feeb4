namespace Medborgardialog.Api.Domain;

/// <summary>What a checklist is computed from: the dialogue's own data, never typed in by hand.</summary>
public sealed record DialogueFacts(
    Guid Id,
    string Slug,
    DialogueStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<DialogueForm> Forms,
    bool HasPlaces,
    int SessionsWithAccessibility,
    string Summary,
    bool HasEasyRead,
    int OnlineOpinions,
    int OfflineOpinions,
    int Withdrawn,
    int Spam,
    DateTimeOffset? LastOpinionAt,
    DateTimeOffset? ResultCompiledAt,
    DateTimeOffset? FirstExportedAt,
    DateOnly? DecidedOn,
    bool DecisionSaysHowResultWasUsed,
    DateOnly? PlannedDecisionDate,
    DateTimeOffset? FeedbackPublishedAt,
    int FeedbackMailsQueued,
    int FeedbackMailsSent,
    IReadOnlyList<GroupReach> Reach)
{
    /// <summary>Q5: the public Atom feed's own selection of entries holds the published feedback (see
    /// <c>Features/Feeds/FeedEntries</c>, which the feed is built from).</summary>
    public bool FeedbackInFeed { get; init; }
}

/// <summary>A target group's reach at the end, and the official's explanation when it fell short.</summary>
public sealed record GroupReach(TargetGroup Group, bool Measured, double? Share, double? ExpectedShare, int Answered, string? Explanation);
