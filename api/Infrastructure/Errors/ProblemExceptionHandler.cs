using System.Text.Json;
using FluentValidation;
using Medborgardialog.Api.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Medborgardialog.Api.Infrastructure.Errors;

/// <summary>
/// The one way out for errors: every exception becomes an RFC 9457 ProblemDetails with type, title,
/// detail and traceId (added by the ProblemDetails service). Never a stack trace.
/// </summary>
public sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            IncompleteDialogueException incomplete => Incomplete(incomplete),
            DomainRuleException rule => Problem(StatusCodes.Status409Conflict, rule.Code, "The request conflicts with the current state.", rule.Message),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException =>
                Problem(StatusCodes.Status409Conflict, ProblemCodes.ConcurrentChange, "The resource was changed by someone else.", "Reload it and try again."),
            Idempotency.IdempotencyKeyReusedException reused =>
                Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.IdempotencyKeyReused, "The Idempotency-Key was reused.", reused.Message),
            SignInFailedException signIn => Problem(StatusCodes.Status401Unauthorized, ProblemCodes.SignInFailed, "Sign-in failed.", signIn.Message),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, notFound.Code, "Not found.", notFound.Message),
            BadHttpRequestException { InnerException: JsonException json } => JsonProblem(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad when BindingFailure(bad) is { } binding => binding,
            // A malformed multipart or form body, found while the framework reads the form (the anti-forgery check, binding).
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException { InnerException: InvalidDataException or IOException } or InvalidDataException =>
                Problem(StatusCodes.Status400BadRequest, ProblemCodes.BodyUnreadable, "The request could not be read.", "The form or multipart body is malformed."),
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException =>
                Problem(StatusCodes.Status400BadRequest, ProblemCodes.AntiforgeryMissing, "The request is missing its anti-forgery token.", "Send the X-XSRF-TOKEN header from GET /api/account/antiforgery."),
            BadHttpRequestException bad => Problem(bad.StatusCode, BadRequestCode(bad.StatusCode), "The request could not be read.", ReadableBadRequest(bad)),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                Problem(499, ProblemCodes.Cancelled, "The request was cancelled.", "The client closed the request."),
            _ when DatabaseUnavailable(exception) =>
                Problem(StatusCodes.Status503ServiceUnavailable, ProblemCodes.Unavailable, "The service is briefly unavailable.",
                    "Try again in a few seconds. Send the same Idempotency-Key again, and a retry never adds a second opinion."),
            _ => null,
        };

        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogDatabaseUnavailable(httpContext.Request.Method, Route(httpContext), exception.GetType().Name);
            httpContext.Response.Headers.RetryAfter = "2";
            problem.Extensions["retryAfter"] = 2;
        }

        if (problem is null)
        {
            LogUnhandled(exception, httpContext.Request.Method, Route(httpContext));
            problem = Problem(StatusCodes.Status500InternalServerError, ProblemCodes.Unexpected, "Something went wrong on our side.",
                "The error has been logged. Please try again later.");
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The database is restarting, down or unreachable (a connection failure, an administrator shutdown):
    /// a 503 the client may retry, not a 500. Whether the work was committed may be unknown (the connection can drop
    /// during COMMIT): that is what Idempotency-Key retries are for.</summary>
    private static bool DatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Npgsql.PostgresException postgres when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                                                           || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                                                           // a deadlock or a serialization failure: rolled back, a retry may pass
                                                           || postgres.SqlState is Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure:
                    return true;
                case Npgsql.PostgresException:
                    return false;
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException:
                    return true;
            }
        }

        return false;
    }

    private static ProblemDetails Problem(int status, string code, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };

    private static string BadRequestCode(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => ProblemCodes.BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ProblemCodes.UnsupportedMediaType,
        _ => ProblemCodes.BodyUnreadable,
    };

    private static ProblemDetails Incomplete(IncompleteDialogueException incomplete)
    {
        var problem = Problem(StatusCodes.Status409Conflict, incomplete.Code, "The dialogue is not complete.", incomplete.Message);
        problem.Extensions["missing"] = incomplete.Missing;
        return problem;
    }

    /// <summary>A 400 naming each field: <c>fieldErrors</c> (codes with parameters, for programs) and <c>errors</c>
    /// (English sentences per field, ASP.NET Core's validation-problem shape).</summary>
    internal static HttpValidationProblemDetails ValidationProblem(IEnumerable<FluentValidation.Results.ValidationFailure> failures)
    {
        var fieldErrors = failures.Select(FieldErrors.From).Distinct(FieldErrorComparer.Instance).ToList();
        var errors = fieldErrors
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Detail = "Correct the fields listed in 'fieldErrors' and send the request again.",
            Extensions = { ["code"] = ProblemCodes.ValidationFailed, ["fieldErrors"] = fieldErrors },
        };
    }

    private static HttpValidationProblemDetails ValidationProblem(ValidationException validation) => ValidationProblem(validation.Errors);

    private static HttpValidationProblemDetails JsonProblem(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$', '.');
        var (code, message) = json.Message switch
        {
            var m when m.Contains("could not be mapped", StringComparison.Ordinal) => (FieldErrorCodes.UnknownField, "This field is not part of the request."),
            var m when m.Contains("missing required properties", StringComparison.Ordinal) || m.Contains("null", StringComparison.OrdinalIgnoreCase) && m.Contains("non-nullable", StringComparison.Ordinal)
                => (FieldErrorCodes.Required, "This field is required and cannot be null."),
            _ => (FieldErrorCodes.WrongType, "The value could not be read: check its type and format."),
        };
        var problem = ValidationProblem([FieldErrors.Failure(field, code, message)]);
        problem.Title = "The request body is not valid JSON for this request.";
        problem.Detail = $"Problem at '{json.Path ?? "$"}': {message}";
        return problem;
    }

    private static string ReadableBadRequest(BadHttpRequestException bad) =>
        bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            StatusCodes.Status415UnsupportedMediaType => "Send the request body as application/json (multipart/form-data for files).",
            _ => "The request could not be read: check its body, form fields and query values.",
        };

    /// <summary>ASP.NET Core's binding failures name the parameter in an English sentence of the framework's ("Failed to
    /// bind parameter "int page" from "1.5"", "Required parameter "IFormFile file" was not provided", "Implicit body
    /// inferred for parameter "command" but no body was provided"). The parameter becomes the field of a field error;
    /// the framework's sentence never reaches the client.</summary>
    private static HttpValidationProblemDetails? BindingFailure(BadHttpRequestException bad)
    {
        var match = BindingParameter().Match(bad.Message);
        if (!match.Success)
        {
            return null;
        }

        var parameter = match.Groups["name"].Value;
        var (field, code, message) = bad.Message switch
        {
            var m when m.StartsWith("Implicit body", StringComparison.Ordinal) || m.Contains("body was provided", StringComparison.Ordinal)
                => ("$", FieldErrorCodes.Required, "The request needs a JSON body."),
            var m when m.StartsWith("Required parameter", StringComparison.Ordinal)
                => (parameter, FieldErrorCodes.Required, "This field is required."),
            _ => (parameter, FieldErrorCodes.WrongType, "The value could not be read: check its type and format."),
        };
        return ValidationProblem([FieldErrors.Failure(field, code, message)]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\" ]+ )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BindingParameter();

    private sealed class FieldErrorComparer : IEqualityComparer<FieldError>
    {
        public static readonly FieldErrorComparer Instance = new();

        public bool Equals(FieldError? x, FieldError? y) =>
            x is not null && y is not null && x.Field == y.Field && x.Code == y.Code && x.Message == y.Message;

        public int GetHashCode(FieldError obj) => HashCode.Combine(obj.Field, obj.Code, obj.Message);
    }

    /// <summary>The route's pattern, never the path itself: a path can hold a receipt or confirmation token.</summary>
    private static string Route(HttpContext httpContext) =>
        (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Route}")]
    private partial void LogUnhandled(Exception exception, string method, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Route} ({ExceptionType}): answered 503")]
    private partial void LogDatabaseUnavailable(string method, string route, string exceptionType);
}
