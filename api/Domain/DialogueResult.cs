namespace Medborgardialog.Api.Domain;

/// <summary>
/// The compiled result of a closed dialogue (promise Q2): a summary in plain words and representative quotes, and
/// when the decision basis was first exported for the committee.
/// </summary>
public sealed class DialogueResult
{
    private DialogueResult() { } // for EF

    public DialogueResult(Guid dialogueId) => DialogueId = dialogueId;

    public Guid DialogueId { get; private set; }
    public string Summary { get; private set; } = "";

    /// <summary>The opinions picked as representative quotes, in the order chosen.</summary>
    public List<Guid> QuoteOpinionIds { get; private set; } = [];
    public DateTimeOffset? UpdatedAt { get; private set; }
    public Guid? UpdatedByUserId { get; private set; }

    /// <summary>When the decision basis was first exported (evidence for promise Q2), and how many times.</summary>
    public DateTimeOffset? FirstExportedAt { get; private set; }
    public int ExportCount { get; private set; }

    /// <summary>Writes the summary and quotes; only once the dialogue has closed (the result is of all opinions), and
    /// only until the decision is recorded (the decision was based on it).</summary>
    public void Compile(DialogueStatus status, string summary, IEnumerable<Guid> quoteOpinionIds, Guid? byUserId, DateTimeOffset now)
    {
        if (status != DialogueStatus.Closed)
        {
            throw new DomainRuleException(status is DialogueStatus.Decided or DialogueStatus.FeedbackPublished
                ? (ProblemCodes.ResultFrozenByDecision, "The decision is recorded; the result it was based on no longer changes.")
                : (ProblemCodes.ResultDialogueNotClosed, "The result is compiled after the dialogue has closed."));
        }

        Summary = summary;
        QuoteOpinionIds = quoteOpinionIds.Distinct().ToList();
        UpdatedAt = now;
        UpdatedByUserId = byUserId;
    }

    public void Exported(DateTimeOffset now)
    {
        FirstExportedAt ??= now;
        ExportCount++;
    }
}
