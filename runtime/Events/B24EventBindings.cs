using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen;

/// <summary>
/// Keeps a portal's event bindings for one handler URL what the application handles: <c>event.get</c> says what is
/// bound, the missing codes are bound (<c>event.bind</c>), the ones no longer wanted are unbound (<c>event.unbind</c>),
/// the rest are kept. Bindings of other handler URLs (another app version, another service) and offline bindings are
/// never touched. Needs an application's authorization (OAuth): the portal refuses <c>event.bind</c> to a webhook,
/// whose events are chosen in the portal's outgoing-webhook settings instead.
/// </summary>
public static class B24EventBindings
{
    /// <summary>
    /// Makes <paramref name="handlerUrl"/>'s online bindings on the portal exactly <paramref name="eventCodes"/>. Idempotent:
    /// a second run with the same codes binds and unbinds nothing. Codes compare ignoring case. A failing call throws
    /// its <see cref="B24Exception"/>; what was done before it stays done, and the next run goes on from there.
    /// </summary>
    /// <param name="client">A client of the portal with an application's authorization.</param>
    /// <param name="handlerUrl">The handler's absolute URL, as the portal POSTs to it: <c>https://app.example.com/b24/events</c>.</param>
    /// <param name="eventCodes">The codes to be bound (<c>ONCRMDEALADD</c>; typically <c>handlers.EventTypes.Select(t => t.Code)</c>).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>What was bound, unbound and kept.</returns>
    /// <exception cref="ArgumentException"><paramref name="handlerUrl"/> is not an absolute HTTP(S) URL, or a code is empty.</exception>
    /// <exception cref="B24ResponseFormatException"><c>event.get</c> answered something that is not a list of bindings.</exception>
    public static async Task<B24EventBindingChanges> SyncAsync(B24Client client, string handlerUrl, IEnumerable<string> eventCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var handler = HandlerUri(handlerUrl);
        var wanted = WantedCodes(eventCodes);

        var listed = await client.CallRawAsync("event.get", cancellationToken: cancellationToken).ConfigureAwait(false);
        // Only this handler's online bindings are ours to change; the portal's own spelling of the URL is kept for unbind.
        var ours = Bindings(listed.Value).Where(b => !b.Offline && SameHandler(b.Handler, handler)).ToList();
        var bound = new HashSet<string>(ours.Select(b => b.Code), StringComparer.OrdinalIgnoreCase);

        var added = new List<string>();
        foreach (var code in wanted.Where(c => !bound.Contains(c)))
        {
            await client.CallRawAsync("event.bind", Parameters(code, handlerUrl), cancellationToken).ConfigureAwait(false);
            added.Add(code);
        }

        var removed = new List<string>();
        var wantedSet = new HashSet<string>(wanted, StringComparer.OrdinalIgnoreCase);
        foreach (var binding in ours.Where(b => !wantedSet.Contains(b.Code)).DistinctBy(b => b.Code, StringComparer.OrdinalIgnoreCase))
        {
            // Without auth_type the portal removes this event's bindings to this URL for every user they run as.
            await client.CallRawAsync("event.unbind", Parameters(binding.Code, binding.Handler), cancellationToken).ConfigureAwait(false);
            removed.Add(binding.Code);
        }

        return new B24EventBindingChanges(added, removed, wanted.Where(bound.Contains).ToList());
    }

    private static Uri HandlerUri(string handlerUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(handlerUrl);
        return Uri.TryCreate(handlerUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new ArgumentException($"The handler URL must be an absolute HTTP(S) URL such as https://app.example.com/b24/events; it is '{handlerUrl}'.", nameof(handlerUrl));
    }

    private static List<string> WantedCodes(IEnumerable<string> eventCodes)
    {
        ArgumentNullException.ThrowIfNull(eventCodes);
        var codes = new List<string>();
        foreach (var code in eventCodes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new ArgumentException("An event code is empty.", nameof(eventCodes));
            }

            codes.Add(code.Trim().ToUpperInvariant());
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The same URL to the portal: scheme and host in any case, the same port, path and query.</summary>
    private static bool SameHandler(string listed, Uri handler) =>
        Uri.TryCreate(listed, UriKind.Absolute, out var uri)
            && Uri.Compare(uri, handler, UriComponents.HttpRequestUrl, UriFormat.SafeUnescaped, StringComparison.Ordinal) == 0;

    private static List<Binding> Bindings(JsonElement result)
    {
        // PHP encodes an empty list as [] and, from some portals, as {}.
        if (result.ValueKind == JsonValueKind.Object && !result.EnumerateObject().Any())
        {
            return [];
        }

        if (result.ValueKind != JsonValueKind.Array)
        {
            throw new B24ResponseFormatException("event.get", $"The result is {result.ValueKind}, not a list of bindings.", 200, "$.result");
        }

        var bindings = new List<Binding>();
        foreach (var item in result.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || Text(item, "event") is not { Length: > 0 } code)
            {
                throw new B24ResponseFormatException("event.get", "A binding has no 'event'.", 200, $"$.result[{bindings.Count}]");
            }

            bindings.Add(new Binding(code, Text(item, "handler") ?? string.Empty, IsOffline(item)));
        }

        return bindings;
    }

    private static bool IsOffline(JsonElement binding) =>
        binding.TryGetProperty("offline", out var offline) && offline.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => offline.GetRawText() != "0",
            JsonValueKind.String => offline.GetString() is { Length: > 0 } text && text != "0",
            _ => false,
        };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement Parameters(string code, string handler)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("event"u8, code);
            writer.WriteString("handler"u8, handler);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private readonly record struct Binding(string Code, string Handler, bool Offline);
}
