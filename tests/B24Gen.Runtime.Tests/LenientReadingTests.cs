using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Diagnostics;
using B24Gen.Testing;
using B24Gen.Runtime.Tests.Resilience;
using B24Gen.Serialization;
using Microsoft.Extensions.Logging;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// With default options one value that does not fit its declared type never fails a call: that member keeps its
/// default, the raw value stays in <c>AdditionalFields</c>, the problem is on the response, logged once per method and
/// field, and counted. Strict reading (the suite's own <see cref="TestOptions"/>) throws instead.
/// </summary>
public sealed class LenientReadingTests : EmulatorTest
{
    private B24Api Lenient(ILoggerFactory? logs = null) =>
        new(new B24Client(B24ClientOptions.FromWebhook(Emulator.WebhookUrl) with { Retry = B24RetryOptions.None, RateLimit = null, LoggerFactory = logs }));

    [Fact]
    public async Task A_scalar_that_does_not_fit_keeps_its_default_and_its_raw_value()
    {
        ServeSectionsWith(1, "ID", JsonValue.Create("abc"));

        var response = await Lenient().Calendar.Section.GetWithResponseAsync(UserOneSections);

        var odd = response.Value[1];
        Assert.Equal(0, odd.Id);
        Assert.Equal("\"abc\"", odd.AdditionalFields["ID"].GetRawText());
        Assert.NotEqual("", odd.Name);
        Assert.Equal(190, response.Value[0].Id);
        var problem = Assert.Single(response.ReadProblems);
        Assert.Equal(("$.result[1].ID", "CalendarSection", "ID", "an integer", "the string \"abc\"", "\"abc\""), (problem.JsonPath, problem.TypeName, problem.WireName, problem.Expected, problem.Found, problem.RawJson));
    }

    [Fact]
    public async Task A_nested_object_of_the_wrong_shape_becomes_an_object_with_defaults()
    {
        ServeSectionsWith(0, "PERM", JsonValue.Create(5));

        var response = await Lenient().Calendar.Section.GetWithResponseAsync(UserOneSections);

        var section = response.Value[0];
        Assert.NotNull(section.Perm);
        Assert.False(section.Perm.Add);
        Assert.Equal("5", section.AdditionalFields["PERM"].GetRawText());
        Assert.Equal("$.result[0].PERM", Assert.Single(response.ReadProblems).JsonPath);
    }

    [Fact]
    public async Task Only_the_member_that_does_not_fit_is_lost_deep_inside_nested_objects()
    {
        ServeSectionsWith(2, "PERM", JsonNode.Parse("""{"view_time": "maybe", "add": true, "edit": "Y"}"""));

        var response = await Lenient().Calendar.Section.GetWithResponseAsync(UserOneSections);

        var perm = response.Value[2].Perm;
        Assert.False(perm.ViewTime);
        Assert.True(perm.Add);
        Assert.True(perm.Edit);
        Assert.Equal("\"maybe\"", perm.AdditionalFields["view_time"].GetRawText());
        var problem = Assert.Single(response.ReadProblems);
        Assert.Equal(("$.result[2].PERM.view_time", "CalendarSectionPermissions", "view_time"), (problem.JsonPath, problem.TypeName, problem.WireName));
    }

    [Fact]
    public async Task A_map_with_an_odd_value_is_kept_raw_and_its_path_names_the_key()
    {
        ServeSectionsWith(0, "ACCESS", JsonNode.Parse("""{"U1": "x", "G2": 5}"""));

        var response = await Lenient().Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Empty(response.Value[0].Access);
        Assert.Equal("$.result[0].ACCESS.U1", Assert.Single(response.ReadProblems).JsonPath);
        Assert.Equal(JsonValueKind.Object, response.Value[0].AdditionalFields["ACCESS"].ValueKind);
    }

    [Fact]
    public async Task Several_problems_each_get_their_own_path()
    {
        var body = TestJson.SectionGetResponse();
        TestJson.Section(body, 0)["ID"] = true;
        TestJson.Section(body, 2)["DATE_CREATE"] = JsonNode.Parse("[1]");
        TestJson.Section(body, 2)["EXPORT"] = JsonNode.Parse("""{"ALLOW": "perhaps"}""");
        Serve(200, body.ToJsonString());

        var response = await Lenient().Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(
            ["$.result[0].ID", "$.result[2].DATE_CREATE", "$.result[2].EXPORT.ALLOW"],
            response.ReadProblems.Select(p => p.JsonPath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_value_that_did_not_fit_is_not_written_back_as_a_default()
    {
        ServeSectionsWith(1, "ID", JsonValue.Create("abc"));
        var odd = (await Lenient().Calendar.Section.GetAsync(UserOneSections))[1];

        using var written = JsonDocument.Parse(JsonSerializer.Serialize(odd));

        // The raw value goes back as it came (from AdditionalFields), once; no "ID": 0 is invented.
        Assert.Equal("abc", written.RootElement.GetProperty("ID").GetString());
        Assert.Single(written.RootElement.EnumerateObject(), p => p.Name == "ID");
    }

    [Fact]
    public async Task Strict_reading_throws_with_the_path_the_member_and_the_schema_fix()
    {
        ServeSectionsWith(1, "ID", JsonValue.Create("abc"));

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("$.result[1].ID", error.JsonPath);
        Assert.Contains("(CalendarSection.ID, declared in calendar.section.get.yaml, line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("schema YAML", error.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<B24JsonReadException>(error.InnerException);
        AssertDeclaresField(inner.SchemaLocation!, "ID:");
    }

    [Fact]
    public async Task A_problem_names_the_yaml_line_that_declares_the_field()
    {
        ServeSectionsWith(0, "PERM", JsonNode.Parse("""{"view_time": "maybe"}"""));

        var problem = Assert.Single((await Lenient().Calendar.Section.GetWithResponseAsync(UserOneSections)).ReadProblems);

        Assert.StartsWith("calendar.section.get.yaml, line ", problem.SchemaLocation, StringComparison.Ordinal);
        AssertDeclaresField(problem.SchemaLocation!, "view_time:");
        Assert.Contains("declared in calendar.section.get.yaml, line ", problem.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The location (<c>file.yaml, line N</c>) points at the line of the stock schema that declares the field.</summary>
    private static void AssertDeclaresField(string location, string declaration)
    {
        var match = System.Text.RegularExpressions.Regex.Match(location, @"^(?<file>[\w.]+\.yaml), line (?<line>\d+)$");
        Assert.True(match.Success, location);
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "B24Gen.sln")))
        {
            root = root.Parent!;
        }

        var file = Directory.GetFiles(Path.Combine(root.FullName, "schema"), match.Groups["file"].Value, SearchOption.AllDirectories).Single();
        var line = File.ReadAllLines(file)[int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
        Assert.StartsWith(declaration, line.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_still_fails_the_call()
    {
        Serve(200, """{"result":[{"ID":"1","NAME":"x""", method: SectionGet);

        await Assert.ThrowsAsync<B24ResponseFormatException>(() => Lenient().Calendar.Section.GetAsync(UserOneSections));
    }

    [Fact]
    public async Task A_result_of_the_wrong_shape_as_a_whole_still_fails()
    {
        Serve(200, """{"result":"not a list"}""");

        await Assert.ThrowsAsync<B24ResponseFormatException>(() => Lenient().Calendar.Section.GetAsync(UserOneSections));
    }

    [Fact]
    public async Task Each_problem_is_logged_once_per_method_and_field_without_the_value()
    {
        using var logs = new CapturingLoggerProvider();
        var api = Lenient(logs);
        for (var i = 0; i < 3; i++)
        {
            ServeSectionsWith(i, "ID", JsonValue.Create("secret-looking-value"));
            await api.Calendar.Section.GetAsync(UserOneSections);
        }

        var warning = Assert.Single(logs.Entries, e => e.EventId == 8);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("calendar.section.get", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(CalendarSection.ID, declared in calendar.section.get.yaml, line ", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-looking-value", logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_every_deal_survives_one_odd_row_in_a_hundred_and_counts_them()
    {
        await using var portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 1_000 });
        for (var id = 100; id <= 1_000; id += 100)
        {
            portal.State.CrmDeals.Update(id, deal => deal["OPPORTUNITY"] = false);
        }

        var counted = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == B24Telemetry.Name && instrument.Name == "b24gen.client.read_problems")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == B24Telemetry.FieldTag && (string?)t.Value == "CrmDeal.OPPORTUNITY"))
            {
                Interlocked.Add(ref counted, value);
            }
        });
        listener.Start();
        using var client = new B24Client(B24ClientOptions.FromWebhook(portal.WebhookUrl));

        // The fast mode (50 pages per batch call) and plain start/next paging.
        var fast = await new B24Api(client).Crm.Deal.ListAllAsync().ToListAsync();
        var countedByFast = Interlocked.Exchange(ref counted, 0);
        var paged = await client.ListAsync(B24Methods.CrmDealList, new CrmDealListRequest()).ToListAsync();

        foreach (var deals in new[] { fast, paged })
        {
            Assert.Equal(Enumerable.Range(1, 1_000).Select(i => (long)i), deals.Select(d => d.Id));
            Assert.All(deals.Where(d => d.Id % 100 == 0), d => Assert.Equal("false", d.AdditionalFields["OPPORTUNITY"].GetRawText()));
            Assert.All(deals.Where(d => d.Id % 100 != 0), d => Assert.NotNull(d.Opportunity));
        }

        // Each page read counts its odd rows; the fast mode also reads (and drops) pages past the end, so at least 10.
        Assert.InRange(countedByFast, 10, long.MaxValue);
        Assert.Equal(10, Interlocked.Read(ref counted));
    }

    [Fact]
    public async Task Batch_commands_read_leniently_too_and_say_what_did_not_fit()
    {
        ServeSectionsWith(0, "NAME", JsonNode.Parse("[]"));
        var body = TestJson.SectionGetResponse();
        TestJson.Section(body, 0)["NAME"] = JsonNode.Parse("[]");
        var batchBody = new JsonObject
        {
            ["result"] = new JsonObject
            {
                ["result"] = new JsonObject { ["s"] = body["result"]!.DeepClone() },
                ["result_error"] = new JsonArray(),
                ["result_total"] = new JsonArray(),
                ["result_next"] = new JsonArray(),
                ["result_time"] = new JsonArray(),
            },
        };
        Emulator.ClearFaults();
        Serve(200, batchBody.ToJsonString(), method: "batch");
        using var client = new B24Client(B24ClientOptions.FromWebhook(Emulator.WebhookUrl) with { Retry = B24RetryOptions.None, RateLimit = null });
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections, "s");

        await batch.ExecuteAsync();

        Assert.Equal("", sections.Value[0].Name);
        Assert.Equal("$.result.result.s[0].NAME", Assert.Single(sections.ReadProblems).JsonPath);
    }

    private void ServeSectionsWith(int index, string field, JsonNode? value)
    {
        var body = TestJson.SectionGetResponse();
        TestJson.Section(body, index)[field] = value;
        Serve(200, body.ToJsonString());
    }
}
