using System.Globalization;
using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Batch;

/// <summary>JSON values for <c>map&lt;any&gt;</c> parameters, and what the emulator saw of batch calls.</summary>
internal static class BatchJson
{
    public static JsonElement Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static JsonElement Of(long value) => Of(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>crm.deal.list of the one deal with this ID.</summary>
    public static CrmDealListRequest Deal(long id, params string[] select) => new()
    {
        Filter = new Dictionary<string, JsonElement> { ["ID"] = Of(id) },
        Select = select.Length == 0 ? null : select,
    };

    /// <summary>The batch calls the emulator received, in order.</summary>
    public static List<RecordedRequest> BatchCalls(PortalEmulator emulator) => emulator.Requests.Where(r => r.RestMethod == "batch").ToList();

    /// <summary>The <c>cmd</c> object of a batch call: name -> command text, in order.</summary>
    public static List<KeyValuePair<string, string>> Commands(RecordedRequest call)
    {
        using var body = JsonDocument.Parse(call.Body);
        return body.RootElement.GetProperty("cmd").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList();
    }

    /// <summary>The <c>halt</c> of a batch call.</summary>
    public static int Halt(RecordedRequest call)
    {
        using var body = JsonDocument.Parse(call.Body);
        return body.RootElement.GetProperty("halt").GetInt32();
    }
}
