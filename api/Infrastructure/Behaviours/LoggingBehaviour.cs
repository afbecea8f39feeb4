using System.Diagnostics;
using Mediator;

namespace Medborgardialog.Api.Infrastructure.Behaviours;

/// <summary>
/// Logs which use case ran, how long it took and how it ended. It logs the request's type name only,
/// never its content: requests can carry personal data (e-mail addresses) that must not reach the logs.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string UseCase = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                LogHandled(UseCase, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                LogFailed(UseCase, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            }

            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{UseCase} handled in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string useCase, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UseCase} ended with {Outcome} after {ElapsedMs:0.0} ms")]
    private partial void LogFailed(string useCase, double elapsedMs, string outcome);
}
