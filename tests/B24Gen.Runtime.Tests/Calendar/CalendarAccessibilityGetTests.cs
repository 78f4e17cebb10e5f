using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.accessibility.get: a map from user ID (a string key) to busy events, <c>[]</c> for a free user, IDs as
/// strings or numbers, the accessibility date format, documented wrong types (docs/portal-quirks.md #20), and the
/// errors.
/// </summary>
public sealed class CalendarAccessibilityGetTests : EmulatorTest
{
    private const string Method = "calendar.accessibility.get";

    [Fact]
    public async Task The_docs_request_is_sent_exactly_and_answers_the_docs_result()
    {
        var raw = await Client.CallRawAsync(Method, Raw("""{"from":"2024-06-20","to":"2024-12-20","users":[1,2,34]}"""));
        var busy = await Api.Calendar.Accessibility.GetAsync(new() { From = new DateOnly(2024, 6, 20), To = new DateOnly(2024, 12, 20), Users = [1, 2, 34] });

        AssertSameJson("""{"from":"2024-06-20","to":"2024-12-20","users":[1,2,34]}""", Emulator.Requests[^1].Body);
        // The emulator answers exactly the docs' example result (its "..." items completed, see Fixtures/README.md);
        // event 1265 of user 1 is "free" and so left out, 1221 and 651 are after the period.
        var docs = DocsFixtures.Parse("calendar.accessibility.get")["result"];
        Assert.True(JsonNode.DeepEquals(docs, JsonNode.Parse(raw.Value.GetRawText())), raw.Value.GetRawText());
        Assert.Equal(["1", "2", "34"], busy.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([1213L, 1216L], busy["1"].Select(item => item.Id));
        Assert.Equal([1L, 2L], busy["2"].Select(item => item.Id));
        Assert.NotNull(busy["34"]);
        Assert.Empty(busy["34"]); // "34": []
    }

    [Fact]
    public async Task The_docs_item_reads_with_every_field_typed()
    {
        var busy = await Api.Calendar.Accessibility.GetAsync(new() { From = new DateOnly(2024, 12, 1), To = new DateOnly(2024, 12, 5), Users = [1] });

        var item = Assert.Single(busy["1"]);
        Assert.Equal(1213L, item.Id); // "1213"
        Assert.Equal("Event name", item.Name);
        Assert.Equal("02.12.2024 11:00:00", item.DateFrom.Text);
        Assert.Equal(new DateTime(2024, 12, 2, 11, 0, 0), item.DateFrom.Value);
        Assert.Equal(new DateTime(2024, 12, 2, 12, 0, 0), item.DateTo.Value);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733158800), item.DateFromTsUtc); // "1733158800"
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733162400), item.DateToTsUtc);
        Assert.Equal(-21600L, item.RawUserOffsetFrom); // negative
        Assert.Equal(-21600L, item.RawUserOffsetTo);
        Assert.Equal(item.DateFromTsUtc, item.DateFrom.ToDateTimeOffset(TimeSpan.FromSeconds(item.RawUserOffsetFrom)));
        Assert.False(item.DtSkipTime); // "N", documented as integer
        Assert.Equal("America/Managua", item.TzFrom); // documented as integer
        Assert.Equal("America/Managua", item.TzTo);
        Assert.Equal(CalendarAccessibility.Busy, item.Accessibility); // documented as integer
        Assert.Equal(CalendarImportance.Normal, item.Importance);
        Assert.Equal(CalendarEventType.Collab, item.EventType); // "#collab#"
        Assert.Empty(item.AdditionalFields);
    }

    [Fact]
    public async Task String_and_numeric_ids_both_read_and_all_day_items_have_midnight_times()
    {
        var busy = await Api.Calendar.Accessibility.GetAsync(new() { From = new DateOnly(2024, 12, 1), To = new DateOnly(2024, 12, 31), Users = [1, 2] });

        Assert.Equal(1L, busy["2"][0].Id); // "ID": 1
        Assert.Equal(2L, busy["2"][1].Id); // "ID": 2
        Assert.Equal(CalendarAccessibility.Tentative, busy["2"][1].Accessibility); // "quest"
        var dayOff = busy["1"].Single(item => item.Id == 1216);
        Assert.True(dayOff.DtSkipTime);
        Assert.Equal(CalendarAccessibility.Absent, dayOff.Accessibility);
        Assert.Equal("06.12.2024 00:00:00", dayOff.DateFrom.Text);
        Assert.Null(dayOff.EventType);
    }

    [Fact]
    public async Task A_new_busy_event_and_each_occurrence_of_a_series_show_up()
    {
        var id = await Api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 190,
            Name = "Daily stand-up",
            From = new DateTime(2025, 2, 3, 9, 0, 0),
            To = new DateTime(2025, 2, 3, 9, 15, 0),
            TimezoneFrom = "Europe/Berlin",
            Rrule = new() { Freq = CalendarRecurrenceFrequency.Daily, Count = 3 },
        });

        var busy = await Api.Calendar.Accessibility.GetAsync(new() { From = new DateOnly(2025, 2, 1), To = new DateOnly(2025, 2, 28), Users = [1, 5] });

        Assert.Equal(["03.02.2025 09:00:00", "04.02.2025 09:00:00", "05.02.2025 09:00:00"], busy["1"].Select(item => item.DateFrom.Text));
        Assert.All(busy["1"], item => Assert.Equal(id, item.Id));
        Assert.Equal(new DateTimeOffset(2025, 2, 4, 8, 0, 0, TimeSpan.Zero), busy["1"][1].DateFromTsUtc); // each occurrence's own instant
        Assert.Empty(busy["5"]);
    }

    [Fact]
    public async Task Free_events_and_unanswered_invitations_do_not_make_a_user_busy()
    {
        var free = SimpleEvent("Optional");
        free.Accessibility = CalendarAccessibility.Free;
        await Api.Calendar.Event.AddAsync(free);
        await Api.Calendar.Event.AddAsync(Meeting()); // users 2 and 3 are invited, not yet answered

        var busy = await Api.Calendar.Accessibility.GetAsync(new() { From = new DateOnly(2025, 3, 20), To = new DateOnly(2025, 3, 21), Users = [1, 2, 3] });

        Assert.Equal(["Design review"], busy["1"].Select(item => item.Name)); // the organizer is busy
        Assert.Empty(busy["2"]);
        Assert.Empty(busy["3"]);
    }

    [Fact]
    public async Task The_docs_response_without_a_time_block_reads()
    {
        Serve(200, DocsFixtures.Get("calendar.accessibility.get"), method: Method);

        var response = await Api.Calendar.Accessibility.GetWithResponseAsync(new() { From = new DateOnly(2024, 6, 20), To = new DateOnly(2024, 12, 20), Users = [1, 2, 34] });

        Assert.Null(response.Time); // the docs' example has no "time"
        Assert.Equal(1213L, response.Value["1"][0].Id);
        Assert.Equal(1L, response.Value["2"][0].Id);
        Assert.Empty(response.Value["34"]);
    }

    [Fact]
    public async Task Missing_from_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"to":"2024-12-20","users":[1]}""")), Method,
            "The required parameter \"from\" for the method \"calendar.accessibility.get\" is not set.");
    }

    [Fact]
    public async Task An_empty_from_through_the_typed_api_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Accessibility.GetAsync(new() { From = B24DateTime.Parse(""), To = new DateOnly(2024, 12, 20), Users = [1] }), Method,
            "The required parameter \"from\" for the method \"calendar.accessibility.get\" is not set.");
        Assert.Equal("", LastBody(Emulator)["from"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_to_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"from":"2024-06-20","users":[1]}""")), Method,
            "The required parameter \"to\" for the method \"calendar.accessibility.get\" is not set.");
    }

    [Fact]
    public async Task Empty_users_give_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Accessibility.GetAsync(new() { From = new DateOnly(2024, 6, 20), To = new DateOnly(2024, 12, 20), Users = [] }), Method,
            "The required parameter \"users\" for the method \"calendar.accessibility.get\" is not set.");
        Assert.Equal("""{"users":[],"from":"2024-06-20","to":"2024-12-20"}""", Emulator.Requests[^1].Body);
    }
}
