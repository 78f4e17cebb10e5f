using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using B24Gen.Batch;
using B24Gen.Http;
using B24Gen.Serialization;

namespace B24Gen;

/// <summary>Where a batch command stands.</summary>
public enum B24BatchCommandStatus
{
    /// <summary>The batch has not been executed yet.</summary>
    Pending,

    /// <summary>The command ran and its result was read.</summary>
    Succeeded,

    /// <summary>The command failed on the portal, or its result could not be read: see <see cref="B24BatchCommand.Error"/>.</summary>
    Failed,

    /// <summary>
    /// The command did not run: the batch halted at an earlier failure (<c>halt</c>), its <c>batch</c> call failed or
    /// was canceled, or the portal answered nothing for it.
    /// </summary>
    NotRun,
}

/// <summary>
/// One command of a <see cref="B24Batch"/>: its name (the key in <c>cmd</c>), method and, once the batch ran, its
/// outcome. The typed result is on <see cref="B24BatchCommand{T}.Value"/>.
/// </summary>
public abstract class B24BatchCommand
{
    private readonly List<PhpQueryPair> _pairs;
    private List<(string[] Path, B24BatchReference Value)>? _bindings;
    private string? _notRunReason;

    private protected B24BatchCommand(B24Batch batch, int index, string name, string method, B24MethodKind kind, List<PhpQueryPair> pairs)
    {
        Batch = batch;
        Index = index;
        Name = name;
        Method = method;
        Kind = kind;
        _pairs = pairs;
    }

    /// <summary>The command's name: its key in the batch and in <c>$result[name]</c> references.</summary>
    public string Name { get; }

    /// <summary>The REST method, e.g. <c>crm.deal.list</c>.</summary>
    public string Method { get; }

    /// <summary>Whether the method reads or writes; a batch call is retried only when all its commands read.</summary>
    public B24MethodKind Kind { get; }

    /// <summary>Pending, succeeded, failed or not run.</summary>
    public B24BatchCommandStatus Status { get; private set; }

    /// <summary>Whether the command ran and its result was read.</summary>
    public bool IsSuccess => Status == B24BatchCommandStatus.Succeeded;

    /// <summary>
    /// Why the command failed: the portal's <c>result_error</c> for it, mapped like the error of a single call
    /// (<see cref="B24MethodException"/>, <see cref="B24AccessDeniedException"/>...; <see cref="B24Exception.HttpStatus"/>
    /// is the status of the <c>batch</c> answer), or a <see cref="B24ResponseFormatException"/> when its result did not
    /// have the schema's shape. Null unless <see cref="Status"/> is <see cref="B24BatchCommandStatus.Failed"/>.
    /// </summary>
    public B24Exception? Error { get; private set; }

    /// <summary>The command's <c>total</c> (<c>result_total</c>), for list methods that count.</summary>
    public long? Total { get; private set; }

    /// <summary>The command's <c>next</c> (<c>result_next</c>): the <c>start</c> of the next page, if there is one.</summary>
    public long? Next { get; private set; }

    /// <summary>The command's <c>time</c> (<c>result_time</c>), if the portal sent one.</summary>
    public B24ResponseTime? Time { get; private set; }

    /// <summary>A reference to the command's whole result, <c>$result[name]</c>, for a later command's parameter.</summary>
    public B24BatchReference Result => new(this, []);

    internal B24Batch Batch { get; }

    internal int Index { get; }

    /// <summary>The raw result, for references resolved on the client; set when the command succeeded on the portal.</summary>
    internal JsonElement? RawResult { get; private set; }

    /// <summary>A reference to a value inside the command's result: <c>Field("ID")</c> is <c>$result[name][ID]</c>.</summary>
    /// <param name="path">Keys or list indexes, outermost first: <c>Field("0", "ID")</c> is <c>$result[name][0][ID]</c>.</param>
    /// <returns>The reference.</returns>
    public B24BatchReference Field(params string[] path) => new(this, [.. B24BatchReference.ValidatePath(path)]);

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Method} ({Status})";

    private protected void AddBinding(string parameterWireName, B24BatchReference value)
    {
        ArgumentNullException.ThrowIfNull(value);
        AddBinding(PhpQuery.ParseName(parameterWireName, nameof(parameterWireName)), value);
    }

    /// <summary>Sets the parameter at <paramref name="path"/> (<c>["filter", "&gt;ID"]</c>) to a reference.</summary>
    internal void AddBinding(string[] path, B24BatchReference value)
    {
        if (!ReferenceEquals(value.Command.Batch, Batch))
        {
            throw new ArgumentException($"The reference {value} is to a command of another batch.", nameof(value));
        }

        if (value.Command.Index >= Index)
        {
            throw new ArgumentException($"The reference {value} is to a command that runs after '{Name}' (or to itself); a command can use only the results of earlier ones.", nameof(value));
        }

        Batch.EnsureOpen();
        _bindings ??= new List<(string[], B24BatchReference)>();
        _bindings.RemoveAll(b => PhpQuery.StartsWith(b.Path, path));
        _bindings.Add((path, value));
    }

    /// <summary>
    /// The command text, <c>method?key=value&amp;...</c>. References to commands from <paramref name="callStart"/> on (in the
    /// same call) are left to the portal; references to commands of earlier calls are filled in from their results.
    /// </summary>
    internal string Render(int callStart)
    {
        if (_bindings is null)
        {
            return PhpQuery.Render(Method, _pairs);
        }

        var pairs = new List<PhpQueryPair>(_pairs.Count + _bindings.Count);
        foreach (var pair in _pairs)
        {
            if (!_bindings.Exists(b => PhpQuery.StartsWith(pair.Path, b.Path)))
            {
                pairs.Add(pair);
            }
        }

        foreach (var (path, reference) in _bindings)
        {
            if (reference.Command.Index >= callStart)
            {
                pairs.Add(new PhpQueryPair(path, reference.ToString()));
                continue;
            }

            var count = pairs.Count;
            if (Resolve(reference) is { } value)
            {
                PhpQuery.Flatten(value, path, pairs);
            }

            if (pairs.Count == count)
            {
                // Missing, null or empty: the portal substitutes an empty string; so does the client.
                pairs.Add(new PhpQueryPair(path, string.Empty));
            }
        }

        return PhpQuery.Render(Method, pairs);
    }

    /// <summary>
    /// Values of this command's result that did not fit their declared type (a lenient read): each member kept its
    /// default. See <see cref="B24Response{T}.ReadProblems"/>.
    /// </summary>
    public IReadOnlyList<B24ReadProblem> ReadProblems { get; private set; } = [];

    internal void Succeed(JsonElement result, long? total, long? next, B24ResponseTime? time, int httpStatus, SecretRedactor redactor, bool strict = true)
    {
        RawResult = result;
        Total = total;
        Next = next;
        Time = time;
        try
        {
            var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(result));
            reader.Read();
            if (strict)
            {
                ReadValue(ref reader);
            }
            else
            {
                using var scope = ReadSession.Begin();
                ReadValue(ref reader);
                ReadProblems = scope.Session.Problems("$.result.result" + B24JsonReadException.PropertySegment(Name));
            }

            Status = B24BatchCommandStatus.Succeeded;
        }
        catch (JsonException exception)
        {
            var located = B24JsonReadException.AtProperty(B24JsonReadException.AtProperty(B24JsonReadException.AtProperty(exception, Name), "result"), "result");
            Fail(EnvelopeReader.Redacted(redactor, new B24ResponseFormatException(Method, redactor.Redact(located.Message), httpStatus, redactor.Redact(located.JsonPath))));
        }
    }

    internal void Fail(B24Exception error)
    {
        Error = error;
        Status = B24BatchCommandStatus.Failed;
    }

    internal void MarkNotRun(string reason)
    {
        if (Status == B24BatchCommandStatus.Pending)
        {
            _notRunReason = reason;
            Status = B24BatchCommandStatus.NotRun;
        }
    }

    private protected abstract void ReadValue(ref Utf8JsonReader reader);

    private protected InvalidOperationException NotRunException() => Status == B24BatchCommandStatus.Pending
        ? new InvalidOperationException($"The command '{Name}' ({Method}) has not run: execute the batch first.")
        : new InvalidOperationException($"The command '{Name}' ({Method}) did not run: {_notRunReason}.");

    private static JsonElement? Resolve(B24BatchReference reference)
    {
        if (reference.Command.RawResult is not { } current)
        {
            return null;
        }

        foreach (var segment in reference.PathArray)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array
                && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}

/// <summary>A command of a <see cref="B24Batch"/> whose result is a <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The method's result type.</typeparam>
public sealed class B24BatchCommand<T> : B24BatchCommand
{
    private readonly B24ReadFunc<T> _readResult;
    private T _value = default!;

    internal B24BatchCommand(B24Batch batch, int index, string name, string method, B24MethodKind kind, B24ReadFunc<T> readResult, List<PhpQueryPair> pairs)
        : base(batch, index, name, method, kind, pairs)
    {
        _readResult = readResult;
    }

    /// <summary>The command's typed result, read with the method's reader.</summary>
    /// <exception cref="B24Exception">The command failed: <see cref="B24BatchCommand.Error"/>.</exception>
    /// <exception cref="InvalidOperationException">The command did not run, or the batch has not been executed.</exception>
    public T Value => Status switch
    {
        B24BatchCommandStatus.Succeeded => _value,
        B24BatchCommandStatus.Failed => throw Error!,
        _ => throw NotRunException(),
    };

    /// <summary>
    /// Sets a parameter to a value from an earlier command's result, overriding the request's value for it:
    /// <c>Bind("filter[&gt;ID]", previous.Field("49", "ID"))</c>.
    /// </summary>
    /// <param name="parameterWireName">The parameter's wire name; nested keys in brackets (<c>filter[&gt;ID]</c>, <c>fields[TITLE]</c>).</param>
    /// <param name="value">The reference, to a command added to this batch before this one.</param>
    /// <returns>This command.</returns>
    /// <exception cref="ArgumentException">The name is malformed, or the reference is to a later command or another batch.</exception>
    public B24BatchCommand<T> Bind(string parameterWireName, B24BatchReference value)
    {
        AddBinding(parameterWireName, value);
        return this;
    }

    private protected override void ReadValue(ref Utf8JsonReader reader) => _value = _readResult(ref reader);
}
