using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// Resources called by an ordinary employee (user 2; the emulator's administrator is user 1): listing and
/// bookings are open, modifying resources is the documented "Access denied".
/// </summary>
public sealed class CalendarResourceEmployeeTests : EmulatorTest
{
    protected override PortalEmulatorOptions EmulatorOptions => new() { WebhookUserId = 2 };

    [Fact]
    public async Task An_employee_may_list_resources_and_bookings()
    {
        Assert.Equal([198L, 199L], (await Api.Calendar.Resource.ListAsync()).Select(resource => resource.Id));
        Assert.Single(await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceTypeIdList = [199] } }));
    }

    [Fact]
    public async Task An_employee_may_not_add_update_or_delete_resources()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.AddAsync(new() { Name = "Mine" }), "calendar.resource.add", "Access denied");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.UpdateAsync(new() { ResourceId = 198, Name = "Mine" }), "calendar.resource.update", "Access denied");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.DeleteAsync(new() { ResourceId = 198 }), "calendar.resource.delete", "Access denied");

        var resources = await Api.Calendar.Resource.ListAsync();
        Assert.Equal(2, resources.Count);
        Assert.Equal("Resource name", resources[0].Name);
    }
}
