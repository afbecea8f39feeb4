using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Medborgardialog.Api.Tests.Infrastructure;

/// <summary>The errors the app under test logged (the exception behind a 500), so a test that sees a 500 can say why:
/// kept in memory (the latest 50) and appended to server-errors.log beside the test binaries.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private static readonly ConcurrentQueue<string> Latest = new();
    private static readonly object FileLock = new();
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "server-errors.log");

    public static IReadOnlyList<string> Recent => [.. Latest];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose() { }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = $"{DateTimeOffset.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}\n{exception}";
            Latest.Enqueue(entry);
            while (Latest.Count > 50 && Latest.TryDequeue(out _))
            {
            }

            lock (FileLock)
            {
                System.IO.File.AppendAllText(File, entry + "\n\n");
            }
        }
    }
}
