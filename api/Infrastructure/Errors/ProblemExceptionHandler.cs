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
            DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "The request conflicts with the dialogue's current state.", rule.Message),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException =>
                Problem(StatusCodes.Status409Conflict, "The dialogue was changed by someone else.", "Reload it and try again."),
            Idempotency.IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, "The Idempotency-Key was reused.", reused.Message),
            SignInFailedException signIn => Problem(StatusCodes.Status401Unauthorized, "Sign-in failed.", signIn.Message),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
            BadHttpRequestException { InnerException: JsonException json } => JsonProblem(json),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request could not be read.", ReadableBadRequest(bad)),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                Problem(499, "The request was cancelled.", "The client closed the request."),
            _ when DatabaseUnavailable(exception) =>
                Problem(StatusCodes.Status503ServiceUnavailable, "The service is briefly unavailable.",
                    "Try again in a few seconds. Send the same Idempotency-Key again, and a retry never adds a second opinion."),
            _ => null,
        };

        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogDatabaseUnavailable(httpContext.Request.Method, Route(httpContext), exception.GetType().Name);
            httpContext.Response.Headers.RetryAfter = "2";
        }

        if (problem is null)
        {
            LogUnhandled(exception, httpContext.Request.Method, Route(httpContext));
            problem = Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.",
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
                                                           || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case Npgsql.PostgresException:
                    return false;
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException:
                    return true;
            }
        }

        return false;
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails Incomplete(IncompleteDialogueException incomplete)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "The dialogue is not complete.", incomplete.Message);
        problem.Extensions["missing"] = incomplete.Missing;
        return problem;
    }

    private static HttpValidationProblemDetails ValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => JsonFieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Detail = "Correct the fields listed in 'errors' and send the request again.",
        };
    }

    private static HttpValidationProblemDetails JsonProblem(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$', '.');
        var message = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "This field is not part of the request."
            : "The value could not be read: check its type and format.";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this request.",
            Detail = $"Problem at '{json.Path ?? "$"}': {message}",
        };
    }

    private static string ReadableBadRequest(BadHttpRequestException bad) =>
        bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            StatusCodes.Status415UnsupportedMediaType => "Send the request body as application/json.",
            _ => bad.Message,
        };

    /// <summary>FluentValidation names nested fields "Places[0].Name"; the JSON the client sent says "places[0].name".</summary>
    internal static string JsonFieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part =>
            part.Length == 0 ? part : JsonNamingPolicy.CamelCase.ConvertName(part)));

    /// <summary>The route's pattern, never the path itself: a path can hold a receipt or confirmation token.</summary>
    private static string Route(HttpContext httpContext) =>
        (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Route}")]
    private partial void LogUnhandled(Exception exception, string method, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Route} ({ExceptionType}): answered 503")]
    private partial void LogDatabaseUnavailable(string method, string route, string exceptionType);
}
