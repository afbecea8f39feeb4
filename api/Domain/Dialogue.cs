namespace Medborgardialog.Api.Domain;

/// <summary>
/// A citizen dialogue. Its status changes only through the methods below, which refuse steps out of order.
/// </summary>
public sealed class Dialogue
{
    private Dialogue() { } // for EF

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Question { get; private set; } = "";
    public string Committee { get; private set; } = "";
    public string? CaseNumber { get; private set; }
    public DateOnly? PlannedDecisionDate { get; private set; }
    public List<DialogueForm> Forms { get; private set; } = [];
    public List<TargetGroup> TargetGroups { get; private set; } = [];
    public List<Place> Places { get; private set; } = [];
    public DateTimeOffset OpensAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public DialogueStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Optimistic concurrency: PostgreSQL's xmin. Two staff changing the same dialogue at once get a 409, not a lost update.</summary>
    public uint Version { get; private set; }

    public static Dialogue CreateDraft(
        string slug,
        string title,
        string summary,
        string question,
        string committee,
        string? caseNumber,
        DateOnly? plannedDecisionDate,
        IEnumerable<DialogueForm> forms,
        IEnumerable<TargetGroup> targetGroups,
        IEnumerable<Place> places,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        DateTimeOffset now)
    {
        if (closesAt <= opensAt)
        {
            throw new DomainRuleException("A dialogue must close after it opens.");
        }

        return new Dialogue
        {
            Id = Guid.CreateVersion7(now),
            Slug = slug,
            Title = title,
            Summary = summary,
            Question = question,
            Committee = committee,
            CaseNumber = caseNumber,
            PlannedDecisionDate = plannedDecisionDate,
            Forms = forms.Distinct().ToList(),
            TargetGroups = targetGroups.Distinct().ToList(),
            Places = places.ToList(),
            OpensAt = opensAt,
            ClosesAt = closesAt,
            Status = DialogueStatus.Draft,
            CreatedAt = now,
        };
    }

    /// <summary>Draft → Announced: the dialogue becomes public, not yet open for opinions.</summary>
    public void Publish(DateTimeOffset now)
    {
        if (Status != DialogueStatus.Draft)
        {
            throw new DomainRuleException(
                Status == DialogueStatus.Cancelled
                    ? "The dialogue is cancelled and cannot be published."
                    : "The dialogue is already published.");
        }

        if (Forms.Count == 0)
        {
            throw new DomainRuleException("A dialogue needs at least one form of dialogue before it is published.");
        }

        Status = DialogueStatus.Announced;
        PublishedAt = now;
    }

    /// <summary>The dialogues the public may see: everything but drafts.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Dialogue, bool>> IsPublic =
        d => d.Status != DialogueStatus.Draft;
}
