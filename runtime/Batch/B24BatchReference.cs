using System;
using System.Collections.Generic;
using System.Text;

namespace B24Gen;

/// <summary>
/// A value from an earlier command of the same batch, <c>$result[cmd0][ID]</c>, to pass as a parameter of a later
/// one with <see cref="B24BatchCommand{T}.Bind(string, B24BatchReference)"/>. Get one from
/// <see cref="B24BatchCommand.Result"/> or <see cref="B24BatchCommand.Field(string[])"/>. The portal fills it in
/// when the commands are in the same <c>batch</c> call; when the batch was split and the command ran in an earlier
/// call, the client fills it in from that command's result. Either way, a value that is missing (the command failed,
/// or the path leads nowhere) becomes an empty string, as on the portal.
/// </summary>
public sealed class B24BatchReference
{
    private readonly string[] _path;

    internal B24BatchReference(B24BatchCommand command, string[] path)
    {
        Command = command;
        _path = path;
    }

    /// <summary>The command whose result is referenced.</summary>
    public B24BatchCommand Command { get; }

    /// <summary>The keys inside the result: <c>["0", "ID"]</c> for <c>$result[cmd0][0][ID]</c>; empty for the whole result.</summary>
    public IReadOnlyList<string> Path => _path;

    internal string[] PathArray => _path;

    /// <summary>A value deeper inside this one: <c>cmd.Result.Field("0").Field("ID")</c> is <c>$result[cmd][0][ID]</c>.</summary>
    /// <param name="path">Keys or list indexes, outermost first.</param>
    /// <returns>The reference.</returns>
    public B24BatchReference Field(params string[] path) => new(Command, [.. _path, .. ValidatePath(path)]);

    /// <summary>The reference as the portal reads it: <c>$result[cmd0][ID]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("$result[").Append(Command.Name).Append(']');
        foreach (var segment in _path)
        {
            builder.Append('[').Append(segment).Append(']');
        }

        return builder.ToString();
    }

    internal static string[] ValidatePath(string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var segment in path)
        {
            if (string.IsNullOrEmpty(segment) || segment.AsSpan().IndexOfAny('[', ']') >= 0 || segment.AsSpan().IndexOfAny('&', '=') >= 0)
            {
                throw new ArgumentException($"'{segment}' is not a key of a result: use a field name or a list index, e.g. \"ID\" or \"0\".", nameof(path));
            }
        }

        return path;
    }
}
