namespace Medborgardialog.Api.Domain;

/// <summary>Why a target group of a dialogue was reached less than its configured share (promise Q4), in the
/// responsible official's words; shown with the dialogue's checklist. One per dialogue and group, replaced when edited.</summary>
public sealed class ReachExplanation
{
    private ReachExplanation() { } // for EF

    public ReachExplanation(Guid dialogueId, TargetGroup group, string text, Guid? byUserId, DateTimeOffset now)
    {
        DialogueId = dialogueId;
        Group = group;
        Explain(text, byUserId, now);
    }

    public Guid DialogueId { get; private set; }
    public TargetGroup Group { get; private set; }
    public string Text { get; private set; } = "";
    public Guid? ExplainedByUserId { get; private set; }
    public DateTimeOffset ExplainedAt { get; private set; }

    public void Explain(string text, Guid? byUserId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(ProblemCodes.ReachExplanationNeedsText, "Explain the shortfall in a few words.");
        }

        Text = text.Trim();
        ExplainedByUserId = byUserId;
        ExplainedAt = now;
    }

    public const int MaxText = 1000;
}

/// <summary>A reminder sent to the responsible official that a promise is about to be missed: at most one per
/// dialogue and promise.</summary>
public sealed class ComplianceReminder
{
    private ComplianceReminder() { } // for EF

    public ComplianceReminder(Guid dialogueId, string promise, DateTimeOffset now)
    {
        DialogueId = dialogueId;
        Promise = promise;
        SentAt = now;
    }

    public Guid DialogueId { get; private set; }
    public string Promise { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }
}
