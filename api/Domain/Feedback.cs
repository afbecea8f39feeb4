namespace Medborgardialog.Api.Domain;

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
