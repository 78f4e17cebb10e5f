using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>calendar.section.update through the generated API, checked through calendar.section.get.</summary>
public sealed class CalendarSectionUpdateTests : EmulatorTest
{
    private const string Method = "calendar.section.update";

    /// <summary>The request example of the docs' "cURL (Webhook)" tab, verbatim.</summary>
    private const string DocsRequest =
        """{"id":325,"type":"user","ownerId":2,"name":"Changed Section Name","description":"New description for section","color":"#9cbeAA","text_color":"#283099","export":[{"ALLOW":false}]}""";

    private static readonly DateTimeOffset Now = new(2025, 3, 20, 9, 15, 42, TimeSpan.Zero);

    protected override PortalEmulatorOptions EmulatorOptions => new() { TimeProvider = new FixedTimeProvider(Now) };

    [Fact]
    public async Task Add_update_get_round_trip_changes_only_what_was_sent()
    {
        var id = await Api.Calendar.Section.AddAsync(new()
        {
            Type = CalendarType.User, OwnerId = 1, Name = "Draft", Description = "Keep me", Color = "#111111", TextColor = "#222222",
        });

        var result = await Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = id, Name = "Final" });

        Assert.Equal(id, result);
        // Unset optional parameters are never sent: only id/type/ownerId/name.
        CalendarSectionAssert.SameJson($$"""{"type":"user","ownerId":1,"id":{{id}},"name":"Final"}""", Emulator.Requests[^1].Body);
        var section = Assert.Single(await Api.Calendar.Section.GetAsync(UserOneSections), s => s.Id == id);
        Assert.Equal("Final", section.Name);
        Assert.Equal("Keep me", section.Description);
        Assert.Equal("#111111", section.Color);
        Assert.Equal("#222222", section.TextColor);
        Assert.True(section.Export.Allow);
    }

    [Fact]
    public async Task Every_field_of_a_seeded_section_changes_and_its_modification_time_moves()
    {
        var result = await Api.Calendar.Section.UpdateAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Id = 190,
            Name = "Renamed",
            Description = "",
            Color = "#000000",
            TextColor = "#ffffff",
            Export = new() { Allow = false, Set = CalendarSectionExportPeriod.All },
        });

        Assert.Equal(190L, result);
        var section = (await Api.Calendar.Section.GetAsync(UserOneSections))[0];
        Assert.Equal(190L, section.Id);
        Assert.Equal("Renamed", section.Name);
        Assert.Equal("", section.Description);
        Assert.Equal("#000000", section.Color);
        Assert.Equal("#ffffff", section.TextColor);
        Assert.False(section.Export.Allow);
        Assert.Equal("2024-12-10 06:36:00", Assert.NotNull(section.DateCreate).Text); // unchanged
        Assert.Equal("2025-03-20 09:15:42", Assert.NotNull(section.TimestampX).Text);
        Assert.Equal(new DateTime(2025, 3, 20, 9, 15, 42), Assert.NotNull(section.TimestampX).Value);
        Assert.Equal(17L, section.Access["D114"]); // untouched
    }

    [Fact]
    public async Task The_docs_request_differs_only_in_the_export_shape()
    {
        Emulator.State.CalendarSections.Put(325, UserTwoSection(325));

        var result = await Api.Calendar.Section.UpdateAsync(new()
        {
            Id = 325,
            Type = CalendarType.User,
            OwnerId = 2,
            Name = "Changed Section Name",
            Description = "New description for section",
            Color = "#9cbeAA",
            TextColor = "#283099",
            Export = new() { Allow = false },
        });

        // Documented deviation: every docs example sends export as an array holding one object
        // ("export":[{"ALLOW":false}]); the parameter table documents an object, which the typed API sends.
        var body = Emulator.Requests[^1].Body;
        CalendarSectionAssert.SameJson(
            CalendarSectionAssert.With(DocsRequest, docs => docs["export"] = new JsonObject { ["ALLOW"] = false }),
            body);
        Assert.IsType<JsonObject>(JsonNode.Parse(body)!["export"]);
        // The docs' example answers 190 (copied from section.add); the portal answers the updated section's ID.
        Assert.Equal(325L, result);
        var section = Assert.Single(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 2 }));
        Assert.Equal("Changed Section Name", section.Name);
        Assert.Equal("#9cbeAA", section.Color);
        Assert.False(section.Export.Allow);
    }

    [Fact]
    public async Task The_docs_array_shaped_export_is_accepted_too()
    {
        Emulator.State.CalendarSections.Put(325, UserTwoSection(325));

        var result = await CalendarSectionAssert.Raw(Client, Method, DocsRequest);

        Assert.Equal(325, result.GetInt64());
        var section = Assert.Single(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 2 }));
        Assert.False(section.Export.Allow); // was true
        Assert.Equal("New description for section", section.Description);
    }

    [Fact]
    public async Task The_result_reads_as_a_number_or_as_a_numeric_string()
    {
        Serve(200, """{"result":190,"time":{"start":1,"finish":2,"duration":1,"processing":0,"date_start":"2024-12-08T06:36:04+00:00","date_finish":"2024-12-08T06:36:05+00:00"}}""", method: Method);
        Serve(200, """{"result":"325"}""", method: Method);
        var request = new CalendarSectionUpdateRequest { Type = CalendarType.User, OwnerId = 2, Id = 325, Name = "X" };

        Assert.Equal(190L, await Api.Calendar.Section.UpdateAsync(request)); // the docs' answer, verbatim
        Assert.Equal(325L, await Api.Calendar.Section.UpdateAsync(request));
    }

    [Fact]
    public async Task Missing_type_gives_the_documented_error_without_a_final_period()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.UpdateAsync(new() { Type = new CalendarType(""), OwnerId = 1, Id = 190 }),
            Method,
            "The required parameter \"type\" for the method \"calendar.section.update\" is not set");
    }

    [Fact]
    public async Task Missing_owner_of_a_group_calendar_gives_the_documented_error()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.Group, Id = 49, Name = "X" }),
            Method,
            "The required parameter \"ownerId\" for the method \"calendar.section.update\" is not set");
    }

    [Fact]
    public async Task Missing_id_gives_the_documented_error()
    {
        await CalendarSectionAssert.RawError(Client, Method, """{"type":"user","ownerId":1,"name":"X"}""", "Section ID is not set");
    }

    [Fact]
    public async Task Invalid_name_and_description_give_the_documented_errors()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 190, Name = "" }),
            Method,
            "Invalid value for the \"name\" parameter");
        await CalendarSectionAssert.RawError(Client, Method, """{"type":"user","ownerId":1,"id":190,"description":{"x":1}}""",
            "Invalid value for the \"description\" parameter");

        Assert.Equal("New Section", (await Api.Calendar.Section.GetAsync(UserOneSections))[0].Name);
    }

    [Fact]
    public async Task A_missing_section_or_one_without_edit_rights_is_access_denied()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 9999, Name = "X" }),
            Method,
            "Access denied");
        // Section 49's PERM has edit_section: false.
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.Group, OwnerId = 6, Id = 49, Name = "X" }),
            Method,
            "Access denied");

        Assert.Equal("Marketing team", Assert.Single(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.Group, OwnerId = 6 })).Name);
    }

    /// <summary>A calendar of user 2, as the docs' update and delete examples assume one.</summary>
    internal static JsonObject UserTwoSection(long id)
    {
        var section = TestJson.Section(TestJson.SectionGetResponse(), 0);
        section["ID"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        section["OWNER_ID"] = "2";
        section["CREATED_BY"] = "2";
        section["NAME"] = "Section of user 2";
        return section;
    }
}
