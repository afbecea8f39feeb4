namespace Medborgardialog.Api.Domain;

/// <summary>A theme officials group opinions under while compiling a dialogue's result ("Belysning", "Trygghet").</summary>
public sealed class Theme
{
    private Theme() { } // for EF

    public Theme(Guid id, Guid dialogueId, string name, DateTimeOffset now)
    {
        Id = id;
        DialogueId = dialogueId;
        Name = name;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

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

/// <summary>
/// Feedback to residents after the decision (promise Q5): what was decided and why, how their input mattered, links
/// to the decision. Publishing it is final: a public page, an entry in the feed, a press summary, and an e-mail to
/// every participant who confirmed an address.
/// </summary>
public sealed class Feedback
{
    private Feedback() { } // for EF

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }
    public string Text { get; private set; } = "";
    public List<FactLink> Links { get; private set; } = [];
    public string PressSummary { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }
    public Guid? PublishedByUserId { get; private set; }

    /// <summary>How many e-mails the publication queued (one per confirmed participant).</summary>
    public int Recipients { get; private set; }

    /// <summary>Publishes feedback: only after the decision is recorded, and only once. The dialogue moves to
    /// FeedbackPublished, in its history by <paramref name="by"/>.</summary>
    public static Feedback Publish(
        Dialogue dialogue, Decision? decision, bool alreadyPublished, string text, IEnumerable<FactLink> links, Actor by, DateTimeOffset now)
    {
        if (alreadyPublished)
        {
            throw new DomainRuleException(ProblemCodes.FeedbackAlreadyPublished, "Feedback for this dialogue is already published.");
        }

        if (decision is null)
        {
            throw new DomainRuleException(ProblemCodes.FeedbackNeedsDecision, "Record the decision before publishing feedback.");
        }

        dialogue.PublishFeedback(now, by);

        var feedback = new Feedback
        {
            Id = Guid.CreateVersion7(now),
            DialogueId = dialogue.Id,
            Text = text,
            Links = links.ToList(),
            PublishedAt = now,
            PublishedByUserId = by.UserId,
        };
        feedback.PressSummary = PressText(dialogue, decision, feedback);
        return feedback;
    }

    public void Queued(int recipients) => Recipients = recipients;

    /// <summary>A short text an official can send to the media as it is.</summary>
    private static string PressText(Dialogue dialogue, Decision decision, Feedback feedback) =>
        $"""
        Karlskoga kommun: återkoppling från medborgardialogen "{dialogue.Title}"

        {decision.Committee} beslutade den {decision.DecidedOn:yyyy-MM-dd}{(decision.CaseNumber is null ? "" : $" ({decision.CaseNumber})")}: {decision.Text}

        Så användes invånarnas synpunkter: {decision.HowResultWasUsed}

        {feedback.Text}
        """;
}
