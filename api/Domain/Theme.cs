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

    /// <summary>Opinions are grouped under themes from when the dialogue opens (reading along) until feedback.</summary>
    public static void EnsureOpinionsCanBeGrouped(DialogueStatus status)
    {
        if (!(status == DialogueStatus.Open || status.HasClosed()))
        {
            throw new DomainRuleException(ProblemCodes.ThemeDialogueNotOpened, "Opinions are grouped into themes once the dialogue has opened.");
        }
    }
}
