namespace Medborgardialog.Api.Infrastructure.Errors;

/// <summary>Thrown by a handler when what the request names does not exist (or is not visible to the caller): 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);
