namespace Medborgardialog.Api.Domain;

/// <summary>
/// Thrown by an entity when asked to do something its rules do not allow (a step out of order).
/// The message is a sentence a user understands; the API answers it as 409 Conflict.
/// </summary>
public class DomainRuleException(string message) : Exception(message);

/// <summary>The dialogue cannot be announced yet; <see cref="Missing"/> lists what it lacks (409, with the list).</summary>
public sealed class IncompleteDialogueException(IReadOnlyList<string> missing)
    : DomainRuleException($"The dialogue cannot be announced yet. Missing: {string.Join("; ", missing)}.")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}
