using System.Text.Json;
using B24Gen.Api;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// The runtime's public members that generated code and advanced users call refuse null at once, naming the argument,
/// instead of failing later with a NullReferenceException somewhere inside a read or a write.
/// </summary>
public sealed class GuardClauseTests
{
    private static readonly Utf8JsonWriter Writer = new(Stream.Null);
    private static readonly B24ClientOptions Options = TestOptions.Webhook("https://example.bitrix24.com/rest/1/secretcode/");

    public static TheoryData<string, string> Calls => new()
    {
        { "B24JsonWrite.List writer", "writer" },
        { "B24JsonWrite.List items", "items" },
        { "B24JsonWrite.List writeItem", "writeItem" },
        { "B24JsonWrite.Map writer", "writer" },
        { "B24JsonWrite.Map map", "map" },
        { "B24JsonWrite.Map writeValue", "writeValue" },
        { "B24JsonWrite.AdditionalFields writer", "writer" },
        { "B24JsonWrite.AdditionalFields fields", "fields" },
        { "B24JsonRead.List readItem", "readItem" },
        { "B24JsonRead.Map readValue", "readValue" },
        { "B24JsonRead.Union isFirst", "isFirst" },
        { "B24JsonRead.Union readFirst", "readFirst" },
        { "B24JsonRead.Union readSecond", "readSecond" },
        { "B24JsonType.Union first", "first" },
        { "B24JsonType.Union second", "second" },
        { "OrNull of a value type", "type" },
        { "OrNull of a reference type", "type" },
        { "B24EnumType known", "known" },
        { "B24EnumType create", "create" },
        { "B24EnumType.Write writer", "writer" },
        { "B24JsonConverter type", "type" },
        { "B24ObjectType names", "names" },
        { "B24ObjectType read", "read" },
        { "B24ObjectType write", "write" },
        { "B24ObjectType.Write writer", "writer" },
        { "B24ObjectType.Write value", "value" },
        { "B24SchemaSource file", "file" },
        { "B24SchemaSource lines", "lines" },
        { "B24Date.Parse", "text" },
        { "B24DateTime.Parse", "text" },
        { "B24Client options", "options" },
        { "B24Client httpClient", "httpClient" },
        { "B24Client.CallAsync method", "method" },
        { "B24Client.CallAsync request", "request" },
        { "B24Client.CallRawAsync method", "method" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Null_is_refused_naming_the_argument(string call, string parameter)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Run(call));

        Assert.Equal(parameter, error.ParamName);
    }

    private static async Task Run(string call)
    {
        using var client = new B24Client(Options);
        B24WriteAction<string> writeString = B24JsonWrite.String;
        B24ReadFunc<string> readString = B24JsonRead.String;
        B24ReadFunc<long> readLong = B24JsonRead.Int64;
        switch (call)
        {
            case "B24JsonWrite.List writer": B24JsonWrite.List(null!, ["a"], writeString); break;
            case "B24JsonWrite.List items": B24JsonWrite.List(Writer, null!, writeString); break;
            case "B24JsonWrite.List writeItem": B24JsonWrite.List<string>(Writer, ["a"], null!); break;
            case "B24JsonWrite.Map writer": B24JsonWrite.Map(null!, new Dictionary<string, string>(), writeString); break;
            case "B24JsonWrite.Map map": B24JsonWrite.Map(Writer, null!, writeString); break;
            case "B24JsonWrite.Map writeValue": B24JsonWrite.Map<string>(Writer, new Dictionary<string, string>(), null!); break;
            case "B24JsonWrite.AdditionalFields writer": B24JsonWrite.AdditionalFields(null!, new Dictionary<string, JsonElement>()); break;
            case "B24JsonWrite.AdditionalFields fields": B24JsonWrite.AdditionalFields(Writer, null!); break;
            case "B24JsonRead.List readItem": ReadList(null!); break;
            case "B24JsonRead.Map readValue": ReadMap(null!); break;
            case "B24JsonRead.Union isFirst": ReadUnion(null!, readLong, readString); break;
            case "B24JsonRead.Union readFirst": ReadUnion(_ => true, null!, readString); break;
            case "B24JsonRead.Union readSecond": ReadUnion(_ => true, readLong, null!); break;
            case "B24JsonType.Union first": B24JsonType.Union<long, string>(null!, B24JsonType.String); break;
            case "B24JsonType.Union second": B24JsonType.Union<long, string>(B24JsonType.Int64, null!); break;
            case "OrNull of a value type": B24NullableValueJsonType.OrNull<long>(null!); break;
            case "OrNull of a reference type": B24NullableReferenceJsonType.OrNull<string>(null!); break;
            case "B24EnumType known": _ = new B24EnumType<CalendarType>(null!, CalendarTypeOf); break;
            case "B24EnumType create": _ = new B24EnumType<CalendarType>([CalendarType.User], null!); break;
            case "B24EnumType.Write writer": CalendarType.JsonType.Write(null!, CalendarType.User); break;
            case "B24JsonConverter type": _ = new B24JsonConverter<long>(null!); break;
            case "B24ObjectType names": _ = new B24ObjectType<KindNested>(null!, static (ref B24ObjectReader r) => new KindNested(), static (B24ObjectWriter w, KindNested v) => { }); break;
            case "B24ObjectType read": _ = new B24ObjectType<KindNested>(["NAME"], null!, static (B24ObjectWriter w, KindNested v) => { }); break;
            case "B24ObjectType write": _ = new B24ObjectType<KindNested>(["NAME"], static (ref B24ObjectReader r) => new KindNested(), null!); break;
            case "B24ObjectType.Write writer": KindNested.JsonType.Write(null!, new KindNested()); break;
            case "B24ObjectType.Write value": KindNested.JsonType.Write(Writer, null!); break;
            case "B24SchemaSource file": _ = new B24SchemaSource(null!, [1]); break;
            case "B24SchemaSource lines": _ = new B24SchemaSource("a.yaml", null!); break;
            case "B24Date.Parse": B24Date.Parse(null!); break;
            case "B24DateTime.Parse": B24DateTime.Parse(null!); break;
            case "B24Client options": _ = new B24Client(null!); break;
            case "B24Client httpClient": _ = new B24Client(null!, Options); break;
            case "B24Client.CallAsync method": await client.CallAsync<CrmDealListRequest, IReadOnlyList<CrmDeal>>(null!, new CrmDealListRequest()); break;
            case "B24Client.CallAsync request": await client.CallAsync(B24Methods.CrmDealList, null!); break;
            case "B24Client.CallRawAsync method": await client.CallRawAsync(null!); break;
            default: throw new ArgumentOutOfRangeException(nameof(call), call, "no such case");
        }
    }

    private static CalendarType CalendarTypeOf(string value) => CalendarType.User;

    private static void ReadList(B24ReadFunc<string> read)
    {
        var reader = new Utf8JsonReader("[]"u8);
        reader.Read();
        B24JsonRead.List(ref reader, read);
    }

    private static void ReadMap(B24ReadFunc<string> read)
    {
        var reader = new Utf8JsonReader("{}"u8);
        reader.Read();
        B24JsonRead.Map(ref reader, read);
    }

    private static void ReadUnion(Func<JsonTokenType, bool> isFirst, B24ReadFunc<long> first, B24ReadFunc<string> second)
    {
        var reader = new Utf8JsonReader("5"u8);
        reader.Read();
        B24JsonRead.Union(ref reader, isFirst, first, second);
    }
}
