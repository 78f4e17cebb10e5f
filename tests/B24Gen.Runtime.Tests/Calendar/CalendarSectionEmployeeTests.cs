using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.section.add/update/delete called by an ordinary employee (user 2; the emulator's administrator is
/// user 1): own calendars only, anything else is the documented "Access denied".
/// </summary>
public sealed class CalendarSectionEmployeeTests : EmulatorTest
{
    protected override PortalEmulatorOptions EmulatorOptions => new() { WebhookUserId = 2 };

    [Fact]
    public async Task An_employee_adds_updates_and_deletes_an_own_calendar()
    {
        var id = await Api.Calendar.Section.AddAsync(new() { Type = CalendarType.User, Name = "Mine" });

        var section = Assert.Single(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 2 }));
        Assert.Equal(id, section.Id);
        Assert.Equal(2L, section.OwnerId);
        Assert.Equal(2L, section.CreatedBy);
        Assert.Equal(id, await Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.User, OwnerId = 2, Id = id, Name = "Still mine" }));
        Assert.Equal("Still mine", Assert.Single(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 2 })).Name);
        Assert.True(await Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, Id = id }));
        Assert.Empty(await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 2 }));
    }

    [Fact]
    public async Task An_employee_may_not_add_calendars_for_others()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Name = "Not mine" }),
            "calendar.section.add",
            "Access denied");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.AddAsync(new() { Type = CalendarType.Group, OwnerId = 6, Name = "Not mine" }),
            "calendar.section.add",
            "Access denied");

        Assert.Equal(3, (await Api.Calendar.Section.GetAsync(UserOneSections)).Count);
    }

    [Fact]
    public async Task An_employee_may_not_change_or_delete_another_users_calendar()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.UpdateAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 190, Name = "Hijacked" }),
            "calendar.section.update",
            "Access denied");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Section.DeleteAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 190 }),
            "calendar.section.delete",
            "Access denied.");

        Assert.Equal("New Section", (await Api.Calendar.Section.GetAsync(UserOneSections))[0].Name);
    }
}
