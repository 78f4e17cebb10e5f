using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using B24Gen.Batch;
using B24Gen.Http;
using B24Gen.Serialization;

namespace B24Gen.Paging;

/// <summary>The request of a list method as JSON, and the bodies of its pages.</summary>
internal static class ListRequest
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The request's parameters as a JSON object (no <c>auth</c>), checked against its one-of requirements.</summary>
    public static JsonElement Parameters<TRequest>(string method, B24ObjectType<TRequest> type, TRequest request)
        where TRequest : class
    {
        using var document = JsonDocument.Parse(RequestBodyWriter.Write(type, request, null));
        B24OneOf.ThrowIfUnmet(method, type.OneOf, document.RootElement);
        return document.RootElement.Clone();
    }

    /// <summary>The body of one page: the parameters with <c>start</c> set (replacing any the request had), plus <c>auth</c>.</summary>
    public static byte[] WithStart(JsonElement parameters, long start, string? accessToken) => With(parameters, "start", start, accessToken);

    /// <summary>
    /// The body of one page: the parameters with <paramref name="name"/> set to <paramref name="value"/> (replacing the
    /// request's own), or as the request has it when <paramref name="value"/> is null; plus <c>auth</c>.
    /// </summary>
    public static byte[] With(JsonElement parameters, string name, long? value, string? accessToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            writer.WriteStartObject();
            foreach (var property in parameters.EnumerateObject())
            {
                if (!property.NameEquals("auth"u8) && (value is null || !property.NameEquals(name)))
                {
                    property.WriteTo(writer);
                }
            }

            if (value is { } set)
            {
                writer.WriteNumber(name, set);
            }

            if (accessToken is not null)
            {
                writer.WriteString("auth"u8, accessToken);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The request's own value of a paging parameter (a number or a numeric string), if it set one.</summary>
    public static long? Value(JsonElement parameters, string name) =>
        parameters.TryGetProperty(name, out var value) ? Number(value) : null;

    /// <summary>A JSON number or numeric string as a <see cref="long"/>.</summary>
    public static long? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };
}

/// <summary>
/// The parameters of the fast mode, from the caller's: <c>order</c> replaced by <c>{"ID": "ASC"}</c>, <c>&gt;ID</c> added
/// to <c>filter</c> (the caller's other filters kept), <c>ID</c> added to a <c>select</c> that lacks it, and
/// <c>start=-1</c>. The names <c>order</c>, <c>filter</c> and <c>select</c> match in any case (<c>FILTER</c>).
/// </summary>
internal sealed class FastListRequest
{
    private const string IdFilter = ">ID";
    private readonly JsonElement _parameters;
    private readonly string? _filterName;

    private FastListRequest(JsonElement parameters)
    {
        _parameters = parameters;
        foreach (var property in parameters.EnumerateObject())
        {
            if (_filterName is null && IsNamed(property, "filter"))
            {
                _filterName = property.Name;
                if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var filter in property.Value.EnumerateObject())
                    {
                        if (IsNamed(filter, IdFilter) && ListRequest.Number(filter.Value) is { } after)
                        {
                            InitialId = after;
                        }
                    }
                }
            }
        }

        IdFilterPath = [_filterName ?? "filter", IdFilter];
    }

    /// <summary>The caller's own <c>&gt;ID</c> filter, or 0: items come after it.</summary>
    public long InitialId { get; }

    /// <summary>The key of the <c>&gt;ID</c> filter: <c>["filter", "&gt;ID"]</c>.</summary>
    public string[] IdFilterPath { get; }

    public static FastListRequest Create(JsonElement parameters) => new(parameters);

    /// <summary>The command parameters of a page with items after <paramref name="afterId"/>.</summary>
    public List<PhpQueryPair> Pairs(long afterId)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, afterId);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return PhpQuery.Flatten(document.RootElement);
    }

    private void Write(Utf8JsonWriter writer, long afterId)
    {
        string? orderName = null;
        var filterWritten = false;
        writer.WriteStartObject();
        foreach (var property in _parameters.EnumerateObject())
        {
            if (property.NameEquals("start"u8) || property.NameEquals("auth"u8))
            {
                continue;
            }

            if (orderName is null && IsNamed(property, "order"))
            {
                orderName = property.Name;
            }
            else if (!filterWritten && property.Name == _filterName)
            {
                filterWritten = true;
                writer.WriteStartObject(property.Name);
                if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var filter in property.Value.EnumerateObject())
                    {
                        if (!IsNamed(filter, IdFilter))
                        {
                            filter.WriteTo(writer);
                        }
                    }
                }

                writer.WriteNumber(IdFilter, afterId);
                writer.WriteEndObject();
            }
            else if (IsNamed(property, "select") && property.Value.ValueKind == JsonValueKind.Array && LacksId(property.Value))
            {
                writer.WriteStartArray(property.Name);
                foreach (var item in property.Value.EnumerateArray())
                {
                    item.WriteTo(writer);
                }

                writer.WriteStringValue("ID");
                writer.WriteEndArray();
            }
            else
            {
                property.WriteTo(writer);
            }
        }

        if (!filterWritten)
        {
            writer.WriteStartObject("filter"u8);
            writer.WriteNumber(IdFilter, afterId);
            writer.WriteEndObject();
        }

        writer.WriteStartObject(orderName ?? "order");
        writer.WriteString("ID"u8, "ASC"u8);
        writer.WriteEndObject();
        writer.WriteNumber("start"u8, -1);
        writer.WriteEndObject();
    }

    private static bool IsNamed(JsonProperty property, string name) => string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a non-empty <c>select</c> names neither <c>ID</c> nor <c>*</c>: the client needs each item's ID.</summary>
    private static bool LacksId(JsonElement select)
    {
        if (select.GetArrayLength() == 0)
        {
            return false;
        }

        foreach (var item in select.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && (string.Equals(item.GetString(), "ID", StringComparison.OrdinalIgnoreCase) || item.GetString() == "*"))
            {
                return false;
            }
        }

        return true;
    }
}
