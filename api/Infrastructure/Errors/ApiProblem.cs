using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Infrastructure.Errors;

/// <summary>
/// An RFC 9457 problem document as the API writes it: the contract's schema for every 4xx and 5xx answer
/// (the exception handler, status-code pages, the rate limiter and the anti-forgery check all write this shape).
/// </summary>
/// <param name="Type">A URI reference naming the kind of problem (RFC 9110's section for the status).</param>
/// <param name="Title">A short English summary of the kind of problem, for people reading logs.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">An English sentence about this occurrence, for people reading logs; clients show words for <c>code</c> instead.</param>
/// <param name="Code">The stable, machine-readable name of the problem, e.g. <c>dialogue.notOpen</c> or <c>request.invalid</c>. A code never changes meaning.</param>
/// <param name="TraceId">The request's trace id, to find it in the server's logs.</param>
/// <param name="FieldErrors">With <c>request.invalid</c>: one entry per problem with a field of the request.</param>
/// <param name="Errors">With <c>request.invalid</c>: the same problems as English sentences per field (ASP.NET Core's validation-problem shape).</param>
/// <param name="Missing">With <c>dialogue.incomplete</c>: what the dialogue lacks before it can be announced.</param>
/// <param name="RetryAfter">With 429 and 503: seconds to wait before trying again (also in the Retry-After header).</param>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    string Code,
    string TraceId,
    IReadOnlyList<FieldError>? FieldErrors = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyList<AnnouncementGap>? Missing = null,
    int? RetryAfter = null);

/// <summary>One problem with one field of a request.</summary>
/// <param name="Field">The field as the client sent it, in JSON's spelling and path (<c>places[0].name</c>), a query parameter, or <c>$</c> for the whole body.</param>
/// <param name="Code">What is wrong, from a fixed list (listed in the contract): <c>required</c>, <c>tooLong</c>, <c>mustBeBefore</c> …</param>
/// <param name="Params">The values the code refers to, by name: <c>{ "max": "200" }</c> for <c>tooLong</c>, <c>{ "other": "closesAt" }</c> for <c>mustBeBefore</c>.</param>
/// <param name="Message">The same problem as an English sentence, for people reading logs.</param>
public sealed record FieldError(string Field, string Code, IReadOnlyDictionary<string, string> Params, string Message);
