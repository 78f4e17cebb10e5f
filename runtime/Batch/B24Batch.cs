using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Batch;
using B24Gen.Http;
using B24Gen.Serialization;

namespace B24Gen;

/// <summary>
/// A typed batch: any number of commands, sent as <c>batch</c> calls of at most 50 commands each, in order. Create one
/// with <see cref="B24Client.CreateBatch(bool)"/>, <see cref="Add{TRequest, T}"/> commands, run
/// <see cref="ExecuteAsync"/>, then read each command's <see cref="B24BatchCommand{T}.Value"/> or
/// <see cref="B24BatchCommand.Error"/>. A batch runs once and is not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var batch = client.CreateBatch();
/// var sections = batch.Add(B24Methods.CalendarSectionGet, new() { Type = CalendarType.User, OwnerId = 1 });
/// var settings = batch.Add(B24Methods.CalendarUserSettingsGet, new());
/// await batch.ExecuteAsync();
/// Console.WriteLine($"{sections.Value.Count} {settings.Value.TimezoneName}");
/// </code>
/// </example>
public sealed class B24Batch
{
    /// <summary>The most commands one <c>batch</c> call may hold; larger batches are split.</summary>
    public const int MaxCommandsPerCall = 50;

    internal const string MethodName = "batch";

    private readonly B24Client _client;
    private readonly List<B24BatchCommand> _commands = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private int _nextDefaultName;
    private int _executed;

    internal B24Batch(B24Client client, bool halt)
    {
        _client = client;
        Halt = halt;
    }

    /// <summary>
    /// Whether the batch stops at the first failing command: the portal skips the rest of that call, later calls are
    /// not sent, and the skipped commands are <see cref="B24BatchCommandStatus.NotRun"/>.
    /// </summary>
    public bool Halt { get; }

    /// <summary>The commands, in the order they run.</summary>
    public IReadOnlyList<B24BatchCommand> Commands => _commands;

    /// <summary>Whether <see cref="ExecuteAsync"/> was called.</summary>
    public bool IsExecuted => Volatile.Read(ref _executed) != 0;

    /// <summary>Adds a command.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="method">The method, e.g. <c>B24Methods.CalendarSectionGet</c>.</param>
    /// <param name="request">The parameters, encoded now as a PHP-style query string.</param>
    /// <param name="name">
    /// The command's key, for <c>$result[name]</c> references and in the answer: letters, digits, <c>_</c>, <c>-</c>,
    /// <c>.</c> and <c>:</c>; unique in the batch. Default: <c>cmd0</c>, <c>cmd1</c>...
    /// </param>
    /// <returns>The command, whose result is available after <see cref="ExecuteAsync"/>.</returns>
    /// <exception cref="ArgumentException">The name is malformed or taken.</exception>
    /// <exception cref="InvalidOperationException">The batch was executed already.</exception>
    public B24BatchCommand<T> Add<TRequest, T>(B24Method<TRequest, T> method, TRequest request, string? name = null)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(request);
        EnsureOpen();
        using var parameters = JsonDocument.Parse(RequestBodyWriter.Write(method.Request, request, null));
        B24OneOf.ThrowIfUnmet(method.Name, method.Request.OneOf, parameters.RootElement);
        return Add(method.Name, method.Kind, method.ReadResult, PhpQuery.Flatten(parameters.RootElement), name);
    }

    /// <summary>Runs the commands: one <c>batch</c> call per 50, in order.</summary>
    /// <param name="cancellationToken">Cancels the remaining calls; commands not run then are <see cref="B24BatchCommandStatus.NotRun"/>.</param>
    /// <returns>A task that completes when every call is done.</returns>
    /// <exception cref="B24Exception">
    /// A <c>batch</c> call as a whole failed (transport, auth, limits...). Commands of earlier calls keep their
    /// outcome; the others did not run. Failures of single commands do not throw here: see <see cref="B24BatchCommand.Error"/>.
    /// </exception>
    /// <exception cref="InvalidOperationException">The batch was executed already.</exception>
    public async Task ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _executed, 1) != 0)
        {
            throw new InvalidOperationException("This batch was executed already; a batch runs once. Create another with B24Client.CreateBatch().");
        }

        var reason = "the batch stopped before it";
        try
        {
            for (var start = 0; start < _commands.Count; start += MaxCommandsPerCall)
            {
                var end = Math.Min(start + MaxCommandsPerCall, _commands.Count);
                reason = $"the batch stopped when its call for commands {start + 1}-{end} (of {_commands.Count}) failed or was canceled";
                var haltedAt = await ExecuteCallAsync(start, end, cancellationToken).ConfigureAwait(false);
                if (haltedAt is not null)
                {
                    reason = $"the batch halted at the failed command '{haltedAt}'";
                    break;
                }
            }
        }
        finally
        {
            foreach (var command in _commands)
            {
                command.MarkNotRun(reason);
            }
        }
    }

    internal B24BatchCommand<T> Add<T>(string method, B24MethodKind kind, B24ReadFunc<T> readResult, List<PhpQueryPair> parameters, string? name)
    {
        EnsureOpen();
        if (name is null)
        {
            do
            {
                name = "cmd" + _nextDefaultName++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (_names.Contains(name));
        }
        else
        {
            ValidateName(name);
            if (_names.Contains(name))
            {
                throw new ArgumentException($"A command named '{name}' is already in this batch; names must be unique.", nameof(name));
            }
        }

        _names.Add(name);
        var command = new B24BatchCommand<T>(this, _commands.Count, name, method, kind, readResult, parameters);
        _commands.Add(command);
        return command;
    }

    internal void EnsureOpen()
    {
        if (IsExecuted)
        {
            throw new InvalidOperationException("This batch was executed already; it can no longer change. Create another with B24Client.CreateBatch().");
        }
    }

    /// <summary>Sends commands [start, end) as one call; returns the name of the command the batch halted at, if it did.</summary>
    private async Task<string?> ExecuteCallAsync(int start, int end, CancellationToken cancellationToken)
    {
        var names = new string[end - start];
        var texts = new string[end - start];
        var kind = B24MethodKind.Read;
        for (var i = start; i < end; i++)
        {
            var command = _commands[i];
            names[i - start] = command.Name;
            texts[i - start] = command.Render(start);
            if (command.Kind == B24MethodKind.Write)
            {
                kind = B24MethodKind.Write;
            }
        }

        var halt = Halt;
        var response = await _client.ExecuteAsync(MethodName, kind, token => WriteBody(halt, names, texts, token), B24JsonRead.Any, cancellationToken).ConfigureAwait(false);
        var redactor = _client.Redactor;
        var answer = BatchAnswer.Read(response.Value, response.HttpStatus, redactor);

        string? haltedAt = null;
        for (var i = start; i < end; i++)
        {
            var command = _commands[i];
            if (answer.Errors.TryGetValue(command.Name, out var error))
            {
                command.Fail(BatchAnswer.Error(command.Method, error, response.HttpStatus, redactor));
                if (halt)
                {
                    haltedAt ??= command.Name;
                }
            }
            else if (answer.Results.TryGetValue(command.Name, out var result))
            {
                command.Succeed(
                    result,
                    BatchAnswer.Int64(answer.Totals, command.Name),
                    BatchAnswer.Int64(answer.Nexts, command.Name),
                    BatchAnswer.Time(answer.Times, command.Name),
                    response.HttpStatus,
                    redactor,
                    _client.Options.StrictReading);
                _client.ReportReadProblems(command.Method, command.ReadProblems);
            }
        }

        for (var i = start; i < end; i++)
        {
            _commands[i].MarkNotRun(haltedAt is not null
                ? $"the batch halted at the failed command '{haltedAt}'"
                : "the portal's answer has neither a result nor an error for it");
        }

        return haltedAt;
    }

    private static byte[] WriteBody(bool halt, string[] names, string[] texts, string? accessToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("halt"u8, halt ? 1 : 0);
            writer.WriteStartObject("cmd"u8);
            for (var i = 0; i < names.Length; i++)
            {
                writer.WriteString(names[i], texts[i]);
            }

            writer.WriteEndObject();
            if (accessToken is not null)
            {
                writer.WriteString("auth"u8, accessToken);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or ':'))
            {
                throw new ArgumentException($"'{name}' is not a valid command name: use letters, digits, '_', '-', '.' and ':'.", nameof(name));
            }
        }
    }
}
