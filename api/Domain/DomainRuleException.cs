namespace Medborgardialog.Api.Domain;

/// <summary>
/// Thrown by an entity when asked to do something its rules do not allow (a step out of order).
/// The message is a sentence a user understands; the API answers it as 409 Conflict.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
