using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>Captures every log line (message and exception text) so tests can check what was logged.</summary>
internal sealed class TransportLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(DateTimeOffset At, int EventId, string Line)> _entries = new();

    public IReadOnlyList<string> Lines => [.. _entries.Select(e => e.Line)];

    /// <summary>When each log event with <paramref name="eventId"/> was written.</summary>
    public IReadOnlyList<DateTimeOffset> Times(int eventId) => [.. _entries.Where(e => e.EventId == eventId).Select(e => e.At)];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public ILogger<T> For<T>() => new Logger<T>(new Factory(this));

    public void Dispose()
    {
    }

    private sealed class Factory(TransportLogs logs) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => logs.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(TransportLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs._entries.Enqueue((DateTimeOffset.UtcNow, eventId.Id, $"{logLevel} {eventId.Id} {formatter(state, exception)} {exception}"));
    }
}
