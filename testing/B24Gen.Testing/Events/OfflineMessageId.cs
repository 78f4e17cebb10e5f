using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// The offline queue's <c>MESSAGE_ID</c>: the rest module's <c>md5(EVENT_NAME . '|' . Json::encode(EVENT_DATA))</c>,
/// 32 lower-case hex digits. The same event with the same data gets the same ID, which is how the queue keeps one
/// record per changed object ("If the same deal is modified 1000 times, only one record ... will remain",
/// events/offline-events.md) and how <c>event.offline.clear</c>/<c>error</c> name records.
/// </summary>
internal static class OfflineMessageId
{
    public static string Of(string eventName, JsonNode? data)
    {
        var text = new StringBuilder(eventName).Append('|');
        AppendJson(text, data);
#pragma warning disable CA5351 // Not security: the portal's own record identifier is an MD5 digest.
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(text.ToString()));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// <c>Bitrix\Main\Web\Json::encode</c>: PHP's <c>json_encode</c> with <c>JSON_HEX_TAG|AMP|APOS|QUOT</c>, so
    /// <c>/</c> is <c>\/</c>, non-ASCII text is <c>\uXXXX</c>, and an empty object is PHP's empty array <c>[]</c>.
    /// </summary>
    private static void AppendJson(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                return;
            case JsonObject obj:
                if (obj.Count == 0)
                {
                    text.Append("[]");
                    return;
                }

                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    AppendString(text, key);
                    text.Append(':');
                    AppendJson(text, value);
                }

                text.Append('}');
                return;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    AppendJson(text, array[i]);
                }

                text.Append(']');
                return;
        }

        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                AppendString(text, node.GetValue<string>());
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '/': text.Append("\\/"); break;
                case '"': text.Append("\\u0022"); break;
                case '\'': text.Append("\\u0027"); break;
                case '<': text.Append("\\u003C"); break;
                case '>': text.Append("\\u003E"); break;
                case '&': text.Append("\\u0026"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
