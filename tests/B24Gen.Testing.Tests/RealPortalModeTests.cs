using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary>
/// <see cref="PortalEmulatorOptions.RealPortal"/>: the portal serves the shapes recorded on real portals (the
/// <c>real.*</c> fixtures and the behaviours that go with them), over raw HTTP.
/// </summary>
public sealed class RealPortalModeTests : EmulatorFixture
{
    protected override PortalEmulatorOptions CreateOptions() => new() { RealPortal = true, DealCount = 3 };

    private static readonly string March = """{"type":"user","ownerId":1,"from":"2026-03-01","to":"2026-03-31"}""";

    [Fact]
    public async Task The_state_comes_from_the_real_portal_fixtures()
    {
        var sections = (await CallAsync("calendar.section.get", """{"type":"user","ownerId":1}""")).Json["result"]!.AsArray();
        Assert.Equal(["14", "15"], sections.Select(s => s!["ID"]!.GetValue<string>()));
        Assert.Null(sections[0]!["DESCRIPTION"]);
        Assert.Equal(JsonValueKind.False, sections[0]!["CAL_DAV_CON"]!.GetValueKind());

        var settings = (await CallAsync("calendar.user.settings.get")).Json["result"]!;
        Assert.Equal("14", settings["meetSection"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.False, settings["crmSection"]!.GetValueKind());

        Assert.Null(Emulator.State.CalendarEvents.Get(1265)); // the docs' events are not there
        Assert.Equal(6, Emulator.State.CalendarEvents.Count);
        Assert.Contains("recorded from real portals", DocsFixtures.Parse("real.calendar.events")["_source"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Getbyid_answers_a_record_as_stored()
    {
        var stored = DocsFixtures.Parse("real.calendar.events")["result"]!.AsArray().First(e => e!["ID"]!.GetValue<string>() == "3002")!;

        var answer = (await CallAsync("calendar.event.getbyid", """{"id":3002}""")).Json["result"]!;

        JsonAssert.Same(stored.ToJsonString(), answer.ToJsonString());
    }

    [Fact]
    public async Task Event_get_expands_repeats_with_rindex_raw_dates_and_dt_dates_in_the_records_locale()
    {
        var events = (await CallAsync("calendar.event.get", March)).Json["result"]!.AsArray().Select(e => e!.AsObject()).ToList();

        Assert.Equal(
            ["3001", "3001", "3002", "3006", "3003", "3004", "3001", "3001", "3003"],
            events.Select(e => e["ID"]!.GetValue<string>()));
        var standups = events.Where(e => e["ID"]!.GetValue<string>() == "3001").ToList();
        Assert.Equal([0, 1, 3, 4], standups.Select(e => e["RINDEX"]!.GetValue<int>()));
        Assert.Equal(["02.03.2026 09:30:00", "09.03.2026 09:30:00", "23.03.2026 09:30:00", "30.03.2026 09:30:00"], standups.Select(e => e["DATE_FROM"]!.GetValue<string>()));
        Assert.All(standups, e =>
        {
            Assert.Equal("02.03.2026 09:30:00", e["~DATE_FROM"]!.GetValue<string>());
            Assert.Equal("02.03.2026 09:45:00", e["~DATE_TO"]!.GetValue<string>());
            Assert.Equal(e["DATE_FROM"]!.GetValue<string>(), e["DT_FROM"]!.GetValue<string>());
            Assert.Equal(e["DATE_TO"]!.GetValue<string>(), e["DT_TO"]!.GetValue<string>());
        });

        var reviews = events.Where(e => e["ID"]!.GetValue<string>() == "3003").ToList();
        Assert.Equal(["17/03/2026 16:00:00", "31/03/2026 16:00:00"], reviews.Select(e => e["DT_FROM"]!.GetValue<string>())); // 24/03 excluded
        Assert.Equal([0, 2], reviews.Select(e => e["RINDEX"]!.GetValue<int>()));

        var single = events.First(e => e["ID"]!.GetValue<string>() == "3002");
        Assert.False(single.ContainsKey("RINDEX"));
        Assert.False(single.ContainsKey("DT_FROM"));
    }

    [Fact]
    public async Task Update_methods_answer_the_id_as_a_number()
    {
        var section = (await CallAsync("calendar.section.update", """{"type":"user","ownerId":1,"id":14,"name":"Main"}""")).Json["result"]!;
        var e = (await CallAsync("calendar.event.update", """{"type":"user","ownerId":1,"id":3002,"name":"Kickoff"}""")).Json["result"]!;

        Assert.Equal(JsonValueKind.Number, section.GetValueKind());
        Assert.Equal(14, section.GetValue<long>());
        Assert.Equal(JsonValueKind.Number, e.GetValueKind());
        Assert.Equal(3002, e.GetValue<long>());
    }

    [Fact]
    public async Task New_events_get_dotted_dates_and_an_endless_rule_an_empty_raw_until()
    {
        var added = await CallAsync("calendar.event.add", """{"type":"user","ownerId":1,"section":14,"name":"Yoga","from":"2026-04-07 18:00:00","to":"2026-04-07 19:00:00","rrule":{"FREQ":"WEEKLY","BYDAY":["TU"]}}""");
        var id = added.Json["result"]!.GetValue<long>();

        var e = (await CallAsync("calendar.event.getbyid", $$"""{"id":{{id}}}""")).Json["result"]!;

        Assert.Equal("07.04.2026 18:00:00", e["DATE_FROM"]!.GetValue<string>());
        Assert.Equal("01.01.2038", e["RRULE"]!["UNTIL"]!.GetValue<string>());
        Assert.Equal("", e["RRULE"]!["~UNTIL"]!.GetValue<string>());
        Assert.Equal("14.05.2026 12:26:32", e["DATE_CREATE"]!.GetValue<string>()); // the clock's T0 in Europe/Berlin
    }

    [Fact]
    public async Task Editing_one_occurrence_of_a_day_first_series_keeps_its_locale_in_exdate()
    {
        var answer = (await CallAsync("calendar.event.update", """{"type":"user","ownerId":1,"id":3003,"recurrence_mode":"this","current_date_from":"2026-03-31","name":"Last review"}""")).Json["result"]!;

        Assert.Equal("31/03/2026 16:00:00", answer["originalDate"]!.GetValue<string>());
        var series = (await CallAsync("calendar.event.getbyid", """{"id":3003}""")).Json["result"]!;
        Assert.Equal("24/03/2026;31/03/2026", series["EXDATE"]!.GetValue<string>());
        var moved = (await CallAsync("calendar.event.getbyid", $$"""{"id":{{answer["recEventId"]!.GetValue<long>()}}}""")).Json["result"]!;
        Assert.Equal("31/03/2026 16:00:00", moved["DATE_FROM"]!.GetValue<string>());
        Assert.Equal("EVENT_3003_31/03/2026", moved["RELATIONS"]!["COMMENT_XML_ID"]!.GetValue<string>());

        var events = (await CallAsync("calendar.event.get", March)).Json["result"]!.AsArray();
        Assert.Equal(["17/03/2026 16:00:00", "31/03/2026 16:00:00"], events.Where(e => e!["ID"]!.GetValue<string>() != "3001" && e!["DATE_FROM"]!.GetValue<string>().Contains('/')).Select(e => e!["DATE_FROM"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Crm_deal_list_answers_a_time_block_without_operating_and_no_next_for_a_small_total()
    {
        var body = (await CallAsync("crm.deal.list")).Json.AsObject();

        Assert.Equal(3, body["total"]!.GetValue<int>());
        Assert.False(body.ContainsKey("next"));
        var time = body["time"]!.AsObject();
        Assert.False(time.ContainsKey("operating"));
        Assert.False(time.ContainsKey("operating_reset_at"));
        Assert.True(time.ContainsKey("duration"));

        // Other methods keep them.
        var sections = (await CallAsync("calendar.section.get", """{"type":"user","ownerId":1}""")).Json["time"]!.AsObject();
        Assert.True(sections.ContainsKey("operating"));
    }
}

/// <summary>The default (docs-shaped) mode has none of the real-portal shapes.</summary>
public sealed class DocsModeTests : EmulatorFixture
{
    [Fact]
    public async Task Expanded_repeats_have_no_real_portal_fields_and_crm_time_has_operating()
    {
        var events = (await CallAsync("calendar.event.get", """{"type":"user","ownerId":1,"from":"2024-12-01","to":"2024-12-31"}""")).Json["result"]!.AsArray();

        var occurrences = events.Where(e => e!["ID"]!.GetValue<string>() == "1265").ToList();
        Assert.NotEmpty(occurrences);
        Assert.All(occurrences, e => Assert.False(e!.AsObject().ContainsKey("RINDEX")));
        Assert.All(occurrences, e => Assert.EndsWith("pm", e!["DATE_FROM"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Null(Emulator.State.CalendarEvents.Get(3001));

        var time = (await CallAsync("crm.deal.list")).Json["time"]!.AsObject();
        Assert.True(time.ContainsKey("operating"));
        Assert.True(time.ContainsKey("operating_reset_at"));
    }
}
