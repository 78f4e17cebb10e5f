using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// Reads a field that the precompiled stock API does not describe out of an object's <c>AdditionalFields</c>: the
/// extension properties that a project's <c>partial: true</c> YAML adds to a stock type call this.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class B24AdditionalFields
{
    /// <summary>
    /// The field <paramref name="name"/> read with <paramref name="type"/>; the type's null (or default) when the field
    /// is absent or its value does not fit, as a member the portal sends oddly never fails the caller.
    /// </summary>
    /// <typeparam name="T">The property's type (nullable).</typeparam>
    /// <param name="fields">The object's <c>AdditionalFields</c>.</param>
    /// <param name="name">The field's wire name.</param>
    /// <param name="type">Reads the value.</param>
    public static T? Read<T>(IReadOnlyDictionary<string, JsonElement> fields, string name, B24JsonType<T> type)
    {
        System.ArgumentNullException.ThrowIfNull(fields);
        System.ArgumentNullException.ThrowIfNull(type);
        if (!fields.TryGetValue(name, out var element))
        {
            return default;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()));
        try
        {
            // Read as a described field of this type would be (PHP's [] for an empty map, false for an empty list).
            return reader.Read() ? type.Read(ref reader) : default;
        }
        catch (JsonException)
        {
            return default;
        }
        catch (System.FormatException)
        {
            return default;
        }
        catch (System.InvalidOperationException)
        {
            return default;
        }
        catch (B24Exception)
        {
            return default;
        }
    }

    /// <summary>
    /// <paramref name="fields"/> with the field <paramref name="name"/> set to <paramref name="value"/> written with
    /// <paramref name="type"/>, or without the field when the value is null (an unset field is not sent).
    /// </summary>
    /// <typeparam name="T">The property's type (nullable).</typeparam>
    /// <param name="fields">The object's <c>AdditionalFields</c>, left unchanged.</param>
    /// <param name="name">The field's wire name.</param>
    /// <param name="value">The value.</param>
    /// <param name="type">Writes the value.</param>
    public static IReadOnlyDictionary<string, JsonElement> With<T>(IReadOnlyDictionary<string, JsonElement> fields, string name, T? value, B24JsonType<T> type)
    {
        System.ArgumentNullException.ThrowIfNull(fields);
        System.ArgumentNullException.ThrowIfNull(type);
        var copy = new Dictionary<string, JsonElement>(fields, System.StringComparer.Ordinal);
        if (value is null)
        {
            copy.Remove(name);
        }
        else
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                type.Write(writer, value);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            copy[name] = document.RootElement.Clone();
        }

        return new System.Collections.ObjectModel.ReadOnlyDictionary<string, JsonElement>(copy);
    }
}
