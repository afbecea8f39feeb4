namespace Medborgardialog.Api.Infrastructure.Errors;

/// <summary>Thrown by a handler when what the request names does not exist (or is not visible to the caller): 404.
/// <see cref="Code"/> is the stable name of what was not found (<c>dialogue.notFound</c>, listed in
/// <see cref="Domain.ProblemCodes"/>), the problem document's <c>code</c>; the message is English for people reading logs.</summary>
public sealed class NotFoundException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
