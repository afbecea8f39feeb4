namespace Medborgardialog.Api.Domain;

/// <summary>One step in a dialogue's life: from which status to which, when, by whom (a member of staff or the schedule), and why.</summary>
public sealed class DialogueStatusChange
{

    private DialogueStatusChange() { } // for EF

    public DialogueStatusChange(Guid id, int number, DialogueStatus from, DialogueStatus to, DateTimeOffset at, Guid? byUserId, string byName, string? reason)
    {
        Id = id;
        Number = number;
        From = from;
        To = to;
        At = at;
        ByUserId = byUserId;
        ByName = byName;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the dialogue's first change, then 2, 3 …: the order, even for changes made in the same instant.</summary>
    public int Number { get; private set; }
    public DialogueStatus From { get; private set; }
    public DialogueStatus To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public string? Reason { get; private set; }
}

/// <summary>Who did something: a member of staff, or the system itself (the schedule, seeding).</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static readonly Actor System = new(null, "System");
    public static readonly Actor Schedule = new(null, "Schedule");
}
