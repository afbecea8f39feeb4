namespace Medborgardialog.Api.Domain;

/// <summary>The political decision a dialogue informed, and — required — how the dialogue's result was used.</summary>
public sealed class Decision
{
    private Decision() { } // for EF

    public Guid DialogueId { get; private set; }
    public string Committee { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    public string? CaseNumber { get; private set; }

    /// <summary>The decision in plain words.</summary>
    public string Text { get; private set; } = "";

    /// <summary>How the dialogue's result was used in the decision.</summary>
    public string HowResultWasUsed { get; private set; } = "";
    public string? DecisionUrl { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }

    /// <summary>When the responsible official was reminded that feedback is still missing.</summary>
    public DateTimeOffset? FeedbackReminderSentAt { get; private set; }

    /// <summary>Records the decision: only for a closed dialogue, and only once. The dialogue moves to Decided, in its
    /// history by <paramref name="by"/>.</summary>
    public static Decision Record(
        Dialogue dialogue, bool alreadyRecorded, string committee, DateOnly decidedOn, string? caseNumber, string text,
        string howResultWasUsed, string? decisionUrl, Actor by, DateTimeOffset now)
    {
        if (alreadyRecorded)
        {
            throw new DomainRuleException(ProblemCodes.DecisionAlreadyRecorded, "The decision for this dialogue is already recorded.");
        }

        if (string.IsNullOrWhiteSpace(howResultWasUsed))
        {
            throw new DomainRuleException(ProblemCodes.DecisionNeedsHowResultWasUsed, "Say how the dialogue's result was used in the decision.");
        }

        dialogue.RecordDecision(now, by);
        return new Decision
        {
            DialogueId = dialogue.Id,
            Committee = committee,
            DecidedOn = decidedOn,
            CaseNumber = caseNumber,
            Text = text,
            HowResultWasUsed = howResultWasUsed,
            DecisionUrl = decisionUrl,
            RecordedAt = now,
            RecordedByUserId = by.UserId,
        };
    }

    public void FeedbackReminderSent(DateTimeOffset now) => FeedbackReminderSentAt ??= now;
}
