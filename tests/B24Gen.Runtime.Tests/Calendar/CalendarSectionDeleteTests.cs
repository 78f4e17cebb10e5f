using System.Text.Json.Nodes;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>calendar.section.delete through the generated API, checked through calendar.section.get and update.</summary>
public sealed class CalendarSectionDeleteTests : EmulatorTest
{
    private const string Method = "calendar.section.delete";

    [Fact]
    public async Task Add_get_delete_get_round_trip_and_a_second_delete_is_access_denied()
    {
        var id = await Api.Calendar.Section.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Name = "Temporary" });
        Assert.Contains(id, (await Api.Calendar.Section.GetAsync(UserOneSections)).Select(section => section.Id));

        var deleted = await Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = id });

        Assert.True(deleted);
        Assert.Equal($$"""{"type":"user","ownerId":1,"id":{{id}}}""", Emulator.Requests[^1].Body);
        Assert.Equal([190L, 191L, 192L], (await Api.Calendar.Section.GetAsync(UserOneSections)).Select(section => section.Id));
        // Once gone, delete and update answer as for a section that never existed.
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = id }), Method, "Access denied.");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = id, Name = "Back" }),
            "calendar.section.update",
            "Access denied");
    }

    [Fact]
    public async Task Deleting_a_seeded_section_removes_it_from_get()
    {
        Assert.True(await Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, Id = 191 }));

        Assert.Equal("""{"type":"user","id":191}""", Emulator.Requests[^1].Body); // ownerId unset: not sent
        Assert.Equal([190L, 192L], (await Api.Calendar.Section.GetAsync(UserOneSections)).Select(section => section.Id));
    }

    [Fact]
    public async Task The_docs_request_is_sent_exactly()
    {
        Emulator.State.CalendarSections.Put(521, CalendarSectionUpdateTests.UserTwoSection(521));

        var deleted = await Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, OwnerId = 2, Id = 521 });

        CalendarSectionAssert.SameJson("""{"type":"user","ownerId":2,"id":521}""", Emulator.Requests[^1].Body);
        Assert.True(deleted);
        Assert.Empty(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 2 }));
    }

    [Fact]
    public async Task The_events_of_a_deleted_section_go_with_it()
    {
        Emulator.State.CalendarEvents.Put(5001, new JsonObject { ["ID"] = "5001", ["SECTION_ID"] = "192", ["NAME"] = "In 192" });
        Emulator.State.CalendarEvents.Put(5002, new JsonObject { ["ID"] = "5002", ["SECTION_ID"] = "190", ["NAME"] = "In 190" });

        await Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 192 });

        Assert.Null(Emulator.State.CalendarEvents.Get(5001));
        Assert.NotNull(Emulator.State.CalendarEvents.Get(5002));
    }

    [Fact]
    public async Task Missing_type_gives_the_documented_error_with_its_final_period()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.DeleteAsync(new() { Type = new CalendarType(""), OwnerId = 1, Id = 190 }),
            Method,
            "The required parameter \"type\" for the method \"calendar.section.delete\" is not set.");
    }

    [Fact]
    public async Task Missing_owner_of_a_group_calendar_gives_the_documented_error()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.Group, Id = 49 }),
            Method,
            "The required parameter \"ownerId\" for the method \"calendar.section.delete\" is not set.");
    }

    [Fact]
    public async Task Missing_id_gives_the_documented_error()
    {
        await CalendarSectionAssert.RawError(Client, Method, """{"type":"user","ownerId":1}""", "Section ID is not set.");
    }

    [Fact]
    public async Task A_missing_section_or_one_without_edit_rights_is_access_denied_with_a_period()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 9999 }), Method, "Access denied.");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.Group, OwnerId = 6, Id = 49 }), Method, "Access denied.");

        Assert.Single(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.Group, OwnerId = 6 }));
    }
}
