namespace Medborgardialog.Api.Domain;

/// <summary>
/// Thrown by an entity when asked to do something its rules do not allow (a step out of order).
/// <see cref="Code"/> is the stable, machine-readable name of the rule (<c>dialogue.notOpen</c>), the problem
/// document's <c>code</c>; the message is an English sentence for people reading logs. The API answers 409 Conflict.
/// Every code is listed in <see cref="ProblemCodes"/>.
/// </summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string code, string message) : base(message) => Code = code;

    /// <summary>For a rule that picks its code and message together (by status): <c>(ProblemCodes.X, "…")</c>.</summary>
    public DomainRuleException((string Code, string Message) rule) : this(rule.Code, rule.Message) { }

    public string Code { get; }
}

/// <summary>The dialogue cannot be announced yet; <see cref="Missing"/> lists what it lacks (409, with the list).</summary>
public sealed class IncompleteDialogueException(IReadOnlyList<AnnouncementGap> missing)
    : DomainRuleException(ProblemCodes.DialogueIncomplete, $"The dialogue cannot be announced yet. Missing: {string.Join("; ", missing)}.")
{
    public IReadOnlyList<AnnouncementGap> Missing { get; } = missing;
}
