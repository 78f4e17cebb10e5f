using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// The parts of the portal quirks (docs/portal-quirks.md) that no other test pinned down (see
/// schema/calendar/QUIRKS.md): negative offsets as numeric strings (#2), a day-first portal locale (#3), the <c>Z</c> and portal-style input
/// formats (#4), <c>ownerId</c> = 0 for <c>type=location</c> (#19), every documented <c>EVENT_TYPE</c> (#20) and the
/// docs' literally invalid example JSON ("Smaller gotchas"). Through the generated API against the emulator; a
/// docs-shaped body is served where the emulator's own data does not show the quirk.
/// </summary>
public sealed class CalendarQuirkTests : EmulatorTest
{
    private const string GetById = "calendar.event.getbyid";
    private const string Accessibility = "calendar.accessibility.get";

    /// <summary>
    /// The docs' calendar.section.get example exactly as printed (calendar-section-get.md, "Response Handling"): the
    /// second and third items are <c>...</c> placeholders and the comma between them is missing.
    /// </summary>
    private const string DocsSectionGetAsPrinted = """
        {
            "result": [
                {
                    "ID": "190",
                    "NAME": "New Section",
                    "GAPI_CALENDAR_ID": null,
                    "DESCRIPTION": "Description for section",
                    "COLOR": "#9cbeee",
                    "TEXT_COLOR": "#283000",
                    "EXPORT": {
                        "ALLOW": true
                    },
                    "CAL_TYPE": "user",
                    "OWNER_ID": "1",
                    "CREATED_BY": "1",
                    "DATE_CREATE": "2024-12-10 06:36:00",
                    "TIMESTAMP_X": "2024-12-10 06:36:00",
                    "CAL_DAV_CON": null,
                    "SYNC_TOKEN": null,
                    "PAGE_TOKEN": null,
                    "EXTERNAL_TYPE": "local",
                    "ACCESS": {
                        "D114": 17,
                        "G2": 13,
                        "U2": 15,
                        "U1": 19
                    },
                    "IS_COLLAB": false,
                    "PERM": {
                        "view_time": true,
                        "view_title": true,
                        "view_full": true,
                        "add": true,
                        "edit": true,
                        "edit_section": true,
                        "access": true
                    }
                },
                {
                    "ID": "191",
                    ...
                }
                {
                    "ID": "192",
                    ...
                }
            ],
            "time": {
                "start": 1733828946.418185,
                "finish": 1733828946.650208,
                "duration": 0.23202300071716309,
                "processing": 0.0054471492767333984,
                "date_start": "2024-12-08T11:09:06+00:00",
                "date_finish": "2024-12-08T11:09:06+00:00"
            }
        }
        """;

    // ---- #2: mixed numeric encodings, negative offsets ----------------------------------------------------------

    [Fact]
    public async Task Quirk02_a_negative_offset_comes_as_a_numeric_string_beside_real_numbers_and_both_read()
    {
        // America/Managua is UTC-6 all year: the emulator writes TZ_OFFSET_* as "-21600" (a string, as the docs'
        // "7200") and ~USER_OFFSET_* as -21600 (a number, as in the accessibility example).
        var id = await Api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 190,
            Name = "Managua call",
            From = new DateTime(2024, 12, 2, 11, 0, 0),
            To = new DateTime(2024, 12, 2, 12, 0, 0),
            TimezoneFrom = "America/Managua",
        });

        var raw = (await Client.CallRawAsync(GetById, Raw($$"""{"id":{{id}}}"""))).Value;
        Assert.Equal("\"-21600\"", raw.GetProperty("TZ_OFFSET_FROM").GetRawText());
        Assert.Equal("\"-21600\"", raw.GetProperty("TZ_OFFSET_TO").GetRawText());
        Assert.Equal("-21600", raw.GetProperty("~USER_OFFSET_FROM").GetRawText());
        Assert.Equal("\"1733158800\"", raw.GetProperty("DATE_FROM_TS_UTC").GetRawText());
        Assert.Equal("3600", raw.GetProperty("DT_LENGTH").GetRawText());

        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(-21600L, e.TzOffsetFrom);
        Assert.Equal(-21600L, e.TzOffsetTo);
        Assert.Equal(-21600L, e.RawUserOffsetFrom);
        Assert.Equal(-21600L, e.RawUserOffsetTo);
        Assert.Equal(3600L, e.DtLength);
        Assert.Equal(new DateTimeOffset(2024, 12, 2, 17, 0, 0, TimeSpan.Zero), e.DateFromTsUtc);
        Assert.Equal("12/02/2024 11:00:00 am", e.DateFrom.Text);
        Assert.Equal(e.DateFromTsUtc, e.DateFrom.ToDateTimeOffset(TimeSpan.FromSeconds(e.TzOffsetFrom)));
    }

    // ---- #3: locale-dependent date formats ----------------------------------------------------------------------

    [Fact]
    public async Task Quirk03_a_day_first_portal_date_is_kept_as_text_and_the_instant_comes_from_the_utc_timestamp()
    {
        // A portal in a day-first locale writes 27 September as "27/09/2025". 27 cannot be a month, so the value
        // is read day-first (a day-first 05/09/2025 could not be told from May 9 and is read month-first); the text is
        // kept, and the instant and the wall-clock time come from DATE_FROM_TS_UTC and TZ_OFFSET_FROM, which do not
        // depend on the locale.
        var response = DocsFixtures.Parse(GetById).AsObject();
        var result = response["result"]!.AsObject();
        result["DATE_FROM"] = "27/09/2025 09:20:00";
        result["DATE_TO"] = "27/09/2025 10:20:00";
        result["DATE_CREATE"] = "26/09/2025 16:05:11";
        result["TIMESTAMP_X"] = "26/09/2025 16:05:11";
        result["TZ_OFFSET_FROM"] = "10800";
        result["TZ_OFFSET_TO"] = "10800";
        result["DATE_FROM_TS_UTC"] = "1758954000";
        result["DATE_TO_TS_UTC"] = "1758957600";
        result["DATE_FROM_FORMATTED"] = "Sat Sep 27 2025 09:20:00";
        result["RRULE"] = "";
        result["EXDATE"] = "";
        Serve(200, response.ToJsonString(), method: GetById);

        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1265 });

        Assert.Equal("27/09/2025 09:20:00", e.DateFrom.Text);
        Assert.Equal(new DateTime(2025, 9, 27, 9, 20, 0), e.DateFrom.Value);
        Assert.Equal("27/09/2025 10:20:00", e.DateTo.Text);
        Assert.Equal(new DateTime(2025, 9, 27, 10, 20, 0), e.DateTo.Value);
        Assert.Equal("26/09/2025 16:05:11", e.DateCreate.Text);
        Assert.Equal(new DateTime(2025, 9, 26, 16, 5, 11), e.DateCreate.Value);
        Assert.Equal(new DateTimeOffset(2025, 9, 27, 6, 20, 0, TimeSpan.Zero), e.DateFromTsUtc);
        Assert.Equal(new DateTimeOffset(2025, 9, 27, 7, 20, 0, TimeSpan.Zero), e.DateToTsUtc);
        Assert.Equal(new DateTime(2025, 9, 27, 9, 20, 0), e.DateFromTsUtc.ToOffset(TimeSpan.FromSeconds(e.TzOffsetFrom)).DateTime);
        Assert.Equal("Sat Sep 27 2025 09:20:00", e.DateFromFormatted);
        Assert.Null(e.Rrule);
    }

    // ---- #4: input date formats and time-zone precedence --------------------------------------------------------

    [Fact]
    public async Task Quirk04_a_utc_DateTime_is_sent_with_Z_so_its_offset_wins_over_timezone_from()
    {
        // The docs' "2025-08-04T23:00:00Z" form: the instant is fixed, timezone_from is ignored (the user's zone,
        // Europe/Berlin, is used for the wall-clock fields).
        var id = await Api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 190,
            Name = "Late call",
            From = new DateTime(2025, 8, 4, 23, 0, 0, DateTimeKind.Utc),
            To = new DateTime(2025, 8, 5, 0, 0, 0, DateTimeKind.Utc),
            TimezoneFrom = "America/New_York",
        });

        var sent = LastBody(Emulator);
        Assert.Equal("2025-08-04T23:00:00Z", sent["from"]!.GetValue<string>());
        Assert.Equal("2025-08-05T00:00:00Z", sent["to"]!.GetValue<string>());
        Assert.Equal("America/New_York", sent["timezone_from"]!.GetValue<string>());
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(new DateTimeOffset(2025, 8, 4, 23, 0, 0, TimeSpan.Zero), stored.DateFromTsUtc);
        Assert.Equal(new DateTimeOffset(2025, 8, 5, 0, 0, 0, TimeSpan.Zero), stored.DateToTsUtc);
        Assert.Equal("Europe/Berlin", stored.TzFrom); // not America/New_York
        Assert.Equal(7200L, stored.TzOffsetFrom);
        Assert.Equal("08/05/2025 01:00:00 am", stored.DateFrom.Text);
        Assert.Equal(3600L, stored.DtLength);
    }

    [Fact]
    public async Task Quirk04_the_docs_simple_format_is_sent_as_written_and_timezone_from_applies_to_both_ends()
    {
        // The docs' "2025-03-20 15:00:00" form (no offset): timezone_from applies, and timezone_to defaults to it.
        var id = await Api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 190,
            Name = "Riga review",
            From = B24DateTime.Parse("2025-03-20 15:00:00"),
            To = B24DateTime.Parse("2025-03-20 16:00:00"),
            TimezoneFrom = "Europe/Riga",
        });

        var sent = LastBody(Emulator);
        Assert.Equal("2025-03-20 15:00:00", sent["from"]!.GetValue<string>());
        Assert.Equal("2025-03-20 16:00:00", sent["to"]!.GetValue<string>());
        Assert.False(sent.ContainsKey("timezone_to")); // unset: not sent
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal("Europe/Riga", stored.TzFrom);
        Assert.Equal("Europe/Riga", stored.TzTo); // defaulted to timezone_from
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 13, 0, 0, TimeSpan.Zero), stored.DateFromTsUtc);
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 14, 0, 0, TimeSpan.Zero), stored.DateToTsUtc);
        Assert.Equal("03/20/2025 03:00:00 pm", stored.DateFrom.Text);
    }

    // ---- #19: ownerId ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task Quirk19_meeting_room_calendars_are_read_with_ownerId_zero_sent_as_a_number()
    {
        AddSection(Emulator, 300, "location", 0);

        var sections = await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.Location, OwnerId = 0 });

        Assert.Equal("""{"type":"location","ownerId":0}""", Emulator.Requests[^1].Body);
        var section = Assert.Single(sections);
        Assert.Equal(300L, section.Id);
        Assert.Equal(CalendarType.Location, section.CalType);
        Assert.Equal(0L, section.OwnerId); // "0"
    }

    // ---- #20: EVENT_TYPE values -----------------------------------------------------------------------------------

    [Fact]
    public async Task Quirk20_every_documented_event_type_reads_as_its_named_value_and_others_are_kept()
    {
        var response = DocsFixtures.Parse(Accessibility).AsObject();
        var template = response["result"]!["1"]![0]!.AsObject(); // the docs' item 1213 ("#collab#")
        string?[] types = ["#shared#", "#shared_crm#", "#collab#", "#shared_collab#", "#resourcebooking#", null, "#future_type#"];
        var items = new JsonArray();
        for (var i = 0; i < types.Length; i++)
        {
            var item = template.DeepClone().AsObject();
            item["ID"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            item["EVENT_TYPE"] = types[i];
            items.Add(item);
        }

        response["result"] = new JsonObject { ["1"] = items };
        Serve(200, response.ToJsonString(), method: Accessibility);

        var busy = await Api.Calendar.Accessibility.GetAsync(new() { Users = [1], From = new DateOnly(2024, 12, 1), To = new DateOnly(2024, 12, 31) });

        var read = busy["1"].Select(item => item.EventType).ToList();
        Assert.Equal(
            [
                CalendarEventType.Shared, CalendarEventType.SharedCrm, CalendarEventType.Collab, CalendarEventType.SharedCollab,
                CalendarEventType.ResourceBooking, null, new CalendarEventType("#future_type#"),
            ],
            read);
        Assert.Equal("#shared_crm#", read[1].ToString());
        Assert.Equal("#future_type#", read[6].ToString()); // open enum: kept as sent
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], busy["1"].Select(item => item.Id));
    }

    // ---- Smaller gotchas: invalid example JSON --------------------------------------------------------------------

    [Fact]
    public async Task Gotcha_the_docs_example_as_printed_is_a_response_format_error_and_the_cleaned_fixture_reads()
    {
        // The docs' example is not valid JSON ("..." placeholders, a missing comma between items). Served as it is,
        // it is a B24ResponseFormatException naming the broken item, not a crash or a half-read list; the
        // emulator's fixture is the cleaned version (Fixtures/README.md) and reads completely.
        Serve(200, DocsSectionGetAsPrinted, method: SectionGet);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(SectionGet, error.Method);
        Assert.StartsWith("$.result[1]", error.JsonPath, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(DocsSectionGetAsPrinted).Dispose());

        var cleaned = await Api.Calendar.Section.GetAsync(UserOneSections); // the fault is used up
        Assert.Equal([190L, 191L, 192L], cleaned.Select(section => section.Id));
        Assert.Equal("New Section", cleaned[0].Name);
    }
}
