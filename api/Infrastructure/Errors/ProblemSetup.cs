using Medborgardialog.Api.Domain;

namespace Medborgardialog.Api.Infrastructure.Errors;

/// <summary>
/// Every problem document the API writes — from the exception handler, status-code pages (401, 403, 404, 405),
/// the rate limiter or the anti-forgery check — carries a stable <c>code</c> and a <c>traceId</c> (the
/// ProblemDetails service adds the trace id). A writer that named no code gets the one for its status.
/// </summary>
public static class ProblemSetup
{
    public static IServiceCollection AddAppProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (!problem.Extensions.ContainsKey("code"))
            {
                problem.Extensions["code"] = CodeFor(problem.Status ?? context.HttpContext.Response.StatusCode);
            }

            // RFC 9457: without a more specific type, "about:blank" (ASP.NET Core names RFC 9110's sections, but not 429's RFC).
            problem.Type ??= (problem.Status ?? context.HttpContext.Response.StatusCode) == StatusCodes.Status429TooManyRequests
                ? "https://www.rfc-editor.org/rfc/rfc6585#section-4"
                : "about:blank";
            problem.Title ??= "Error.";
            problem.Detail ??= problem.Title;
        });

    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ProblemCodes.BodyUnreadable,
        StatusCodes.Status401Unauthorized => ProblemCodes.Unauthorized,
        StatusCodes.Status403Forbidden => ProblemCodes.Forbidden,
        StatusCodes.Status404NotFound => ProblemCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ProblemCodes.MethodNotAllowed,
        StatusCodes.Status409Conflict => ProblemCodes.Conflict,
        StatusCodes.Status413PayloadTooLarge => ProblemCodes.BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ProblemCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ProblemCodes.TooManyRequests,
        StatusCodes.Status503ServiceUnavailable => ProblemCodes.Unavailable,
        _ => ProblemCodes.Unexpected,
    };
}
