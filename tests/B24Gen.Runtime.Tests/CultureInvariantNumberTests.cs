using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// The portal writes numbers the invariant way ("9.00", "1.5e3"), whatever the culture of the process that reads them.
/// Every test runs under de-DE ("," decimal separator, "." between thousands) and ru-RU ("," and a no-break space):
/// parsing or formatting with the current culture would read "9.00" as nothing or as 900, and write 9.5 as "9,5".
/// </summary>
public sealed class CultureInvariantNumberTests : EmulatorTest
{
    private const string Echo = "test.numbers.echo";

    public static TheoryData<string> Cultures => new() { "de-DE", "ru-RU" };

    protected override PortalEmulatorOptions EmulatorOptions => new() { DealCount = 3 };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_cultures_really_read_numbers_differently(string culture) => InCulture(culture, () =>
    {
        // Without this the other tests would prove nothing (e.g. on a machine with invariant globalization only).
        Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
        Assert.False(double.TryParse("9.00", NumberStyles.Float, CultureInfo.CurrentCulture, out _));
        Assert.True(double.TryParse("9,5", NumberStyles.Float, CultureInfo.CurrentCulture, out var nineAndAHalf));
        Assert.Equal(9.5, nineAndAHalf);
        Assert.Equal("9,5", 9.5.ToString(CultureInfo.CurrentCulture));
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Lenient_integers_read_the_portals_number_strings(string culture) => InCulture(culture, () =>
    {
        Assert.Equal(190, TestJson.Read("\"190\"", B24JsonRead.Int64));
        Assert.Equal(190, TestJson.Read("190", B24JsonRead.Int64));
        Assert.Equal(9, TestJson.Read("\"9.00\"", B24JsonRead.Int64));
        Assert.Equal(9, TestJson.Read("9.00", B24JsonRead.Int64));
        Assert.Equal(1500, TestJson.Read("\"1.5e3\"", B24JsonRead.Int64));
        Assert.Equal(1500, TestJson.Read("\"1.5E3\"", B24JsonRead.Int64));
        Assert.Equal(-12, TestJson.Read("\"-12.000\"", B24JsonRead.Int64));
        Assert.Equal(7, TestJson.Read("\"7\"", B24JsonRead.NullableInt64));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733900000), TestJson.Read("\"1733900000\"", B24JsonRead.Timestamp));

        // The current culture's own spellings are not the portal's: they must not read as numbers.
        TestJson.ReadFails("\"9,00\"", B24JsonRead.Int64);
        TestJson.ReadFails("\"1.500\"", B24JsonRead.Int64);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Lenient_doubles_read_the_portals_number_strings(string culture) => InCulture(culture, () =>
    {
        Assert.Equal(9.0, TestJson.Read("\"9.00\"", B24JsonRead.Double));
        Assert.Equal(9.3, TestJson.Read("\"9.30\"", B24JsonRead.Double));
        Assert.Equal(190.0, TestJson.Read("\"190\"", B24JsonRead.Double));
        Assert.Equal(1500.0, TestJson.Read("\"1.5e3\"", B24JsonRead.Double));
        Assert.Equal(-0.125, TestJson.Read("\"-0.125\"", B24JsonRead.Double));
        Assert.Equal(1.5, TestJson.Read("1.5", B24JsonRead.Double));
        Assert.Equal(2.5, TestJson.Read("\"2.5\"", B24JsonRead.NullableDouble));
        Assert.Equal(1500.25, TestJson.Read("\"1500.25\"", B24JsonType.Double.ReadFunc));

        TestJson.ReadFails("\"9,5\"", B24JsonRead.Double);
        TestJson.ReadFails("\"1.000,5\"", B24JsonRead.Double);
        TestJson.ReadFails("\"1\u00A0000,5\"", B24JsonRead.Double);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Doubles_are_written_with_a_point(string culture) => InCulture(culture, () =>
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            B24JsonType.Double.Write(writer, 9.5);
            B24JsonType.NullableDouble.Write(writer, -1500.25);
            writer.WriteEndArray();
        }

        Assert.Equal("[9.5,-1500.25]", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public Task The_typed_API_reads_number_strings_in_results_and_the_time_block(string culture) => InCultureAsync(culture, async () =>
    {
        var settings = TestJson.SettingsGetResponse();
        settings["result"]!["work_time_start"] = "9.30";
        settings["result"]!["work_time_end"] = "19.00";
        settings["result"]!["timezoneOffsetUTC"] = "7200";
        settings["time"] = new JsonObject
        {
            ["start"] = "1778747192.910734",
            ["duration"] = "0.62",
            ["operating"] = "3.25",
            ["operating_reset_at"] = "1778747792",
            ["date_start"] = "2026-05-14T10:26:32+02:00",
        };
        Serve(200, settings.ToJsonString(), method: SettingsGet);

        var response = await Api.Calendar.User.Settings.GetWithResponseAsync();

        Assert.Equal(9.3, response.Value.WorkTimeStart);
        Assert.Equal(19.0, response.Value.WorkTimeEnd);
        Assert.Equal(7200L, response.Value.TimezoneOffsetUTC);
        Assert.Equal(1778747192.910734, response.Time!.Start);
        Assert.Equal(0.62, response.Time.Duration);
        Assert.Equal(3.25, response.Time.Operating);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1778747792), response.Time.OperatingResetAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 14, 8, 26, 32, TimeSpan.Zero), response.Time.DateStart);

        var deals = await Api.Crm.Deal.ListAsync(new() { Select = ["ID", "OPPORTUNITY", "TAX_VALUE"] });
        Assert.Equal([1L, 2L, 3L], deals.Select(d => d.Id));
        Assert.Equal([1000.0, 2000.0, 3000.0], deals.Select(d => d.Opportunity)); // sent as "1000.00"
        Assert.All(deals, d => Assert.Equal(0.0, d.TaxValue));
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public Task A_request_with_doubles_is_sent_with_points_in_a_call_and_in_a_batch(string culture) => InCultureAsync(culture, async () =>
    {
        RegisterEcho();
        var request = new NumbersRequest { Amount = 9.5, Ratio = -1500.25, Count = 3 };

        var echoed = await Client.CallAsync(NumbersRequest.Method, request);

        Assert.Contains("\"amount\":9.5,\"ratio\":-1500.25,\"count\":3", Emulator.Requests[^1].Body, StringComparison.Ordinal);
        Assert.Equal(9.5, echoed["amount"]);
        Assert.Equal(-1500.25, echoed["ratio"]);
        Assert.Equal(3.0, echoed["count"]);

        var batch = Client.CreateBatch();
        var command = batch.Add(NumbersRequest.Method, request);
        await batch.ExecuteAsync();

        Assert.Contains("test.numbers.echo?amount=9.5&ratio=-1500.25&count=3", Emulator.Requests[^1].Body, StringComparison.Ordinal);
        Assert.Equal(9.5, command.Value["amount"]);
        Assert.Equal(-1500.25, command.Value["ratio"]);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public Task Generated_types_serialize_doubles_with_points(string culture) => InCultureAsync(culture, async () =>
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var settings = TestJson.SettingsGetResponse();
        settings["result"]!["work_time_start"] = "9.30";
        Serve(200, settings.ToJsonString(), method: SettingsGet);
        var read = await Api.Calendar.User.Settings.GetAsync();

        var json = JsonSerializer.Serialize(read, options);
        var copy = JsonSerializer.Deserialize<CalendarUserSettings>(json, options)!;

        Assert.Contains("\"work_time_start\":9.3,", json, StringComparison.Ordinal);
        Assert.Equal(9.3, copy.WorkTimeStart);
        Assert.Equal(read.WorkTimeEnd, copy.WorkTimeEnd);
    });

    /// <summary>A method no schema has, whose handler answers each parameter as a string, the way PHP echoes it back.</summary>
    private void RegisterEcho() => Emulator.Methods.Register(Echo, context =>
    {
        var result = new JsonObject();
        foreach (var (name, value) in context.Parameters)
        {
            result[name] = value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : value?.ToJsonString();
        }

        return MethodResult.Success(result);
    });

    private static void InCulture(string name, Action test)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            test();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static async Task InCultureAsync(string name, Func<Task> test)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            await test();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>A request type with doubles, built the way the generator builds one (no stock method sends a double).</summary>
    private sealed class NumbersRequest
    {
        public static readonly B24ObjectType<NumbersRequest> JsonType = new(
            ["amount", "ratio", "count"],
            static (ref B24ObjectReader reader) => throw new NotSupportedException("Only written."),
            static (writer, value) =>
            {
                writer.Double(0, value.Amount);
                writer.Optional(1, value.Ratio);
                writer.Int64(2, value.Count);
            },
            keepUnknown: false);

        public static readonly B24Method<NumbersRequest, IReadOnlyDictionary<string, double>> Method =
            new(Echo, B24MethodKind.Read, JsonType, B24JsonType.Double.Map);

        public double Amount { get; init; }

        public double? Ratio { get; init; }

        public long Count { get; init; }
    }
}
