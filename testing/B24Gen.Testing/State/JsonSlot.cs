using System;
using System.Text.Json.Nodes;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>A thread-safe single JSON object (e.g. a settings block), copied on the way in and out.</summary>
public sealed class JsonSlot
{
    private readonly Lock _gate = new();
    private JsonObject _value;

    /// <summary>Creates the slot.</summary>
    /// <param name="initial">The initial value; a copy is stored. An empty object when <see langword="null"/>.</param>
    public JsonSlot(JsonObject? initial = null)
    {
        _value = initial is null ? [] : Copy(initial);
    }

    /// <summary>A copy of the current value.</summary>
    /// <returns>The copy.</returns>
    public JsonObject Get()
    {
        lock (_gate)
        {
            return Copy(_value);
        }
    }

    /// <summary>Replaces the value.</summary>
    /// <param name="value">The new value; a copy is stored.</param>
    public void Set(JsonObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var copy = Copy(value);
        lock (_gate)
        {
            _value = copy;
        }
    }

    /// <summary>Changes the value atomically: <paramref name="mutate"/> edits a copy, which then replaces it.</summary>
    /// <param name="mutate">Edits the copy; called under the slot's lock.</param>
    public void Update(Action<JsonObject> mutate)
    {
        ArgumentNullException.ThrowIfNull(mutate);
        lock (_gate)
        {
            var copy = Copy(_value);
            mutate(copy);
            _value = copy;
        }
    }

    private static JsonObject Copy(JsonObject value) => (JsonObject)value.DeepClone();
}
