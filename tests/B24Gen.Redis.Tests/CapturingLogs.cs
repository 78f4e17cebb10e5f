using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace B24Gen.Redis.Tests;

/// <summary>Every log line of the clients, to show what happened when a test fails and to check warnings.</summary>
public sealed class CapturingLogs : ILoggerFactory, ILogger
{
    private readonly ConcurrentQueue<(LogLevel Level, int EventId, string Text)> _entries = new();

    public IReadOnlyList<(LogLevel Level, int EventId, string Text)> Entries => [.. _entries];

    public IEnumerable<string> Lines => _entries.Select(e => $"{e.Level} {e.EventId}: {e.Text}");

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, eventId.Id, formatter(state, exception)));
}
