using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>calendar.section.add through the generated API: what it stores is what calendar.section.get lists.</summary>
public sealed class CalendarSectionAddTests : EmulatorTest
{
    private const string Method = "calendar.section.add";

    /// <summary>The request example of the docs' "cURL (Webhook)" tab, verbatim.</summary>
    private const string DocsRequest =
        """{"type":"user","ownerId":2,"name":"New Section","description":"Description for section","color":"#9cbeee","text_color":"#283000","export":{"ALLOW":false,"SET":"3_9"}}""";

    private static readonly DateTimeOffset Now = new(2025, 3, 20, 9, 15, 42, TimeSpan.Zero);

    protected override PortalEmulatorOptions EmulatorOptions => new() { TimeProvider = new FixedTimeProvider(Now) };

    [Fact]
    public async Task Added_section_is_listed_by_get_with_every_field_typed()
    {
        var id = await Api.Calendar.Section.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Name = "Team trips",
            Description = "Business travel",
            Color = "#9cbe1c",
            TextColor = "#283000",
            Export = new() { Allow = false, Set = CalendarSectionExportPeriod.ThreeBackNineForward },
        });

        Assert.Equal(193L, id); // one above the highest seeded section (192)
        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);
        Assert.Equal([190L, 191L, 192L, 193L], sections.Select(section => section.Id));
        var section = sections[3];
        Assert.Equal(193L, section.Id);
        Assert.Equal("Team trips", section.Name);
        Assert.Null(section.GapiCalendarId);
        Assert.Equal("Business travel", section.Description);
        Assert.Equal("#9cbe1c", section.Color);
        Assert.Equal("#283000", section.TextColor);
        Assert.False(section.Export.Allow); // EXPORT comes back with ALLOW only: SET is not returned
        Assert.Empty(section.Export.AdditionalFields);
        Assert.Equal(CalendarType.User, section.CalType);
        Assert.Equal(1L, section.OwnerId);
        Assert.Equal(1L, section.CreatedBy);
        var created = Assert.NotNull(section.DateCreate);
        Assert.Equal("2025-03-20 09:15:42", created.Text);
        Assert.Equal(new DateTime(2025, 3, 20, 9, 15, 42), created.Value);
        Assert.Null(created.Offset);
        Assert.Equal("2025-03-20 09:15:42", Assert.NotNull(section.TimestampX).Text);
        Assert.Null(section.CalDavCon);
        Assert.Null(section.SyncToken);
        Assert.Null(section.PageToken);
        Assert.Equal("local", section.ExternalType);
        Assert.Empty(section.Access); // "ACCESS": [] (an empty map as PHP writes it)
        Assert.False(section.IsCollab);
        Assert.True(section.Perm.ViewTime);
        Assert.True(section.Perm.ViewFull);
        Assert.True(section.Perm.Edit);
        Assert.True(section.Perm.EditSection);
        Assert.True(section.Perm.Access);
        Assert.Empty(section.AdditionalFields);
    }

    [Fact]
    public async Task The_new_id_is_a_number_in_add_and_a_string_in_get()
    {
        // docs/portal-quirks.md #1: the same ID is 193 in the add answer and "193" in the get answer; both read as long.
        var added = await CalendarSectionAssert.Raw(Client, Method, """{"type":"user","name":"Raw"}""");
        var listed = await CalendarSectionAssert.Raw(Client, SectionGet, """{"type":"user","ownerId":1}""");

        Assert.Equal(System.Text.Json.JsonValueKind.Number, added.ValueKind);
        Assert.Equal(193, added.GetInt64());
        var last = listed[listed.GetArrayLength() - 1];
        Assert.Equal("193", last.GetProperty("ID").GetString());
        Assert.Equal("1", last.GetProperty("OWNER_ID").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, last.GetProperty("ACCESS").ValueKind);
        Assert.Equal("""{"ALLOW":true}""", last.GetProperty("EXPORT").GetRawText());

        var typed = await Api.Calendar.Section.GetAsync(UserOneSections);
        Assert.Equal(193L, typed[^1].Id);
    }

    [Fact]
    public async Task Unset_optional_parameters_are_not_sent_and_the_owner_defaults_to_the_caller()
    {
        var id = await Api.Calendar.Section.AddAsync(new() { Type = CalendarType.User, Name = "Minimal" });

        Assert.Equal("""{"type":"user","name":"Minimal"}""", Emulator.Requests[^1].Body);
        var section = Assert.Single(await Api.Calendar.Section.GetAsync(UserOneSections), s => s.Id == id);
        Assert.Equal(1L, section.OwnerId); // type=user without ownerId: the calling user
        Assert.Equal("", section.Description);
        Assert.Equal("#9dcf00", section.Color);
        Assert.Equal("", section.TextColor);
        Assert.True(section.Export.Allow);
    }

    [Fact]
    public async Task A_group_calendar_is_listed_for_its_group()
    {
        var id = await Api.Calendar.Section.AddAsync(new() { Type = CalendarType.Group, OwnerId = 6, Name = "Marketing plans" });

        var sections = await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.Group, OwnerId = 6 });

        Assert.Equal([49L, id], sections.Select(section => section.Id));
        Assert.Equal(CalendarType.Group, sections[1].CalType);
        Assert.Equal(6L, sections[1].OwnerId);
        Assert.Equal(1L, sections[1].CreatedBy);
        Assert.Empty(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.Group, OwnerId = 7 }));
    }

    [Fact]
    public async Task The_docs_request_is_sent_exactly_and_creates_user_twos_calendar()
    {
        var id = await Api.Calendar.Section.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 2,
            Name = "New Section",
            Description = "Description for section",
            Color = "#9cbeee",
            TextColor = "#283000",
            Export = new() { Allow = false, Set = CalendarSectionExportPeriod.ThreeBackNineForward },
        });

        CalendarSectionAssert.SameJson(DocsRequest, Emulator.Requests[^1].Body);
        var section = Assert.Single(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 2 }));
        Assert.Equal(id, section.Id);
        Assert.Equal("New Section", section.Name);
        Assert.Equal(2L, section.OwnerId);
        Assert.Equal(1L, section.CreatedBy); // the administrator created it for user 2
        Assert.False(section.Export.Allow);
    }

    [Fact]
    public async Task Added_section_answers_with_the_envelope()
    {
        var response = await Api.Calendar.Section.AddWithResponseAsync(new() { Type = CalendarType.User, Name = "Enveloped" });

        Assert.Equal(193L, response.Value);
        Assert.Equal(200, response.HttpStatus);
        Assert.Equal(Method, response.Method);
        Assert.NotNull(response.Time);
    }

    [Fact]
    public async Task Missing_type_gives_the_documented_error_with_its_final_period()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.AddAsync(new() { Type = new CalendarType(""), Name = "X" }),
            Method,
            "The required parameter \"type\" for the method \"calendar.section.add\" is not set.");
        await CalendarSectionAssert.RawError(Client, Method, """{"name":"X"}""",
            "The required parameter \"type\" for the method \"calendar.section.add\" is not set.");
    }

    [Fact]
    public async Task Missing_owner_of_a_group_calendar_gives_the_documented_error()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.AddAsync(new() { Type = CalendarType.Group, Name = "X" }),
            Method,
            "The required parameter \"ownerId\" for the method \"calendar.section.add\" is not set.");

        Assert.Equal("""{"type":"group","name":"X"}""", Emulator.Requests[^1].Body);
    }

    [Fact]
    public async Task An_empty_or_non_text_name_gives_the_documented_invalid_name_error()
    {
        const string invalidName = "Invalid value for the \"name\" parameter";
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.AddAsync(new() { Type = CalendarType.User, Name = "" }), Method, invalidName);
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.AddAsync(new() { Type = CalendarType.User, Name = "   " }), Method, invalidName);
        await CalendarSectionAssert.RawError(Client, Method, """{"type":"user","name":{"en":"Trips"}}""", invalidName);
        await CalendarSectionAssert.RawError(Client, Method, """{"type":"user"}""", invalidName);

        Assert.Equal(3, (await Api.Calendar.Section.GetAsync(UserOneSections)).Count); // nothing was created
    }

    [Fact]
    public async Task A_non_text_description_gives_the_documented_invalid_description_error()
    {
        await CalendarSectionAssert.RawError(Client, Method, """{"type":"user","name":"X","description":["a","b"]}""",
            "Invalid value for the \"description\" parameter");
    }
}
