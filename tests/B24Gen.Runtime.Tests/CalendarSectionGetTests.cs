using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>calendar.section.get through the generated API against the emulator seeded with the docs' response.</summary>
public sealed class CalendarSectionGetTests : EmulatorTest
{
    [Fact]
    public async Task Returns_user_ones_three_sections_in_order()
    {
        var sections = await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });

        Assert.Equal([190L, 191L, 192L], sections.Select(section => section.Id));
    }

    [Fact]
    public async Task Section_190_has_every_documented_field_typed()
    {
        var sections = await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        var section = sections[0];

        Assert.Equal(190L, section.Id); // "ID": "190"
        Assert.Equal("New Section", section.Name);
        Assert.Null(section.GapiCalendarId);
        Assert.Equal("Description for section", section.Description);
        Assert.Equal("#9cbeee", section.Color);
        Assert.Equal("#283000", section.TextColor);
        Assert.True(section.Export.Allow);
        Assert.Empty(section.Export.AdditionalFields);
        Assert.Equal(CalendarType.User, section.CalType);
        Assert.Equal("user", section.CalType.ToString());
        Assert.Equal(1L, section.OwnerId); // "OWNER_ID": "1"
        Assert.Equal(1L, section.CreatedBy); // "CREATED_BY": "1"

        var created = Assert.NotNull(section.DateCreate);
        Assert.Equal("2024-12-10 06:36:00", created.Text);
        Assert.Equal(new DateTime(2024, 12, 10, 6, 36, 0), created.Value);
        Assert.Null(created.Offset);
        Assert.Null(created.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2024, 12, 10, 6, 36, 0, TimeSpan.FromHours(2)), created.ToDateTimeOffset(TimeSpan.FromHours(2)));

        var modified = Assert.NotNull(section.TimestampX);
        Assert.Equal("2024-12-10 06:36:00", modified.Text);
        Assert.Equal(new DateTime(2024, 12, 10, 6, 36, 0), modified.Value);
        Assert.Null(modified.Offset);

        Assert.Null(section.CalDavCon);
        Assert.Null(section.SyncToken);
        Assert.Null(section.PageToken);
        Assert.Equal("local", section.ExternalType);

        Assert.Equal(17L, section.Access["D114"]);
        Assert.Equal(4, section.Access.Count);
        Assert.Equal(13L, section.Access["G2"]);
        Assert.Equal(15L, section.Access["U2"]);
        Assert.Equal(19L, section.Access["U1"]);

        Assert.False(section.IsCollab);

        Assert.True(section.Perm.ViewTime);
        Assert.True(section.Perm.ViewTitle);
        Assert.True(section.Perm.ViewFull);
        Assert.True(section.Perm.Add);
        Assert.True(section.Perm.Edit);
        Assert.True(section.Perm.EditSection);
        Assert.True(section.Perm.Access);
        Assert.Empty(section.Perm.AdditionalFields);

        Assert.Empty(section.AdditionalFields);
    }

    [Fact]
    public async Task Section_191_reads_an_empty_ACCESS_list_as_an_empty_map()
    {
        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);
        var section = sections[1];

        Assert.Equal(191L, section.Id);
        Assert.Equal("Personal", section.Name);
        Assert.Null(section.GapiCalendarId);
        Assert.Equal("", section.Description);
        Assert.Equal("#86b100", section.Color);
        Assert.Equal("#ffffff", section.TextColor);
        Assert.False(section.Export.Allow);
        Assert.Equal(CalendarType.User, section.CalType);
        Assert.Equal(1L, section.OwnerId);
        Assert.Equal(1L, section.CreatedBy);
        Assert.Equal(new DateTime(2024, 12, 10, 6, 41, 12), Assert.NotNull(section.DateCreate).Value);
        Assert.Equal("2024-12-11 09:15:47", Assert.NotNull(section.TimestampX).Text);
        Assert.Equal(new DateTime(2024, 12, 11, 9, 15, 47), Assert.NotNull(section.TimestampX).Value);
        Assert.Equal("local", section.ExternalType);
        Assert.NotNull(section.Access);
        Assert.Empty(section.Access); // "ACCESS": []
        Assert.False(section.IsCollab);
        Assert.True(section.Perm.Access);
    }

    [Fact]
    public async Task Section_192_reads_the_google_sync_fields()
    {
        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);
        var section = sections[2];

        Assert.Equal(192L, section.Id);
        Assert.Equal("Work (Google)", section.Name);
        Assert.Equal("c_8f3b2a1d6e4c9b7a@group.calendar.google.com", section.GapiCalendarId);
        Assert.Equal("Synchronized with Google Calendar", section.Description);
        Assert.Equal("#f7a7a7", section.Color);
        Assert.Equal("#000000", section.TextColor);
        Assert.True(section.Export.Allow);
        Assert.Equal(new DateTime(2024, 11, 28, 14, 2, 33), Assert.NotNull(section.DateCreate).Value);
        Assert.Equal(new DateTime(2024, 12, 9, 18, 20, 5), Assert.NotNull(section.TimestampX).Value);
        Assert.Equal("3", section.CalDavCon);
        Assert.Equal("CPjk8tXs3YkDEPjk8tXs3YkDGAUg8KaT5wI=", section.SyncToken);
        Assert.Null(section.PageToken);
        Assert.Equal("google", section.ExternalType);
        Assert.Equal(19L, Assert.Single(section.Access, pair => pair.Key == "U1").Value);
        Assert.Single(section.Access);
    }

    [Fact]
    public async Task Group_calendar_is_filtered_by_type_and_owner()
    {
        var sections = await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.Group, OwnerId = 6 });

        var section = Assert.Single(sections);
        Assert.Equal(49L, section.Id);
        Assert.Equal("Marketing team", section.Name);
        Assert.Equal(CalendarType.Group, section.CalType);
        Assert.Equal(6L, section.OwnerId);
        Assert.Equal(17L, section.Access["SG6_K"]);
        Assert.Equal(19L, section.Access["SG6_A"]);
        Assert.True(section.Perm.Edit);
        Assert.False(section.Perm.EditSection);
        Assert.False(section.Perm.Access);
    }

    [Fact]
    public async Task Company_calendar_and_an_owner_without_calendars()
    {
        var company = await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.CompanyCalendar, OwnerId = 0 });
        var none = await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 999 });

        var section = Assert.Single(company);
        Assert.Equal(12L, section.Id);
        Assert.Equal(CalendarType.CompanyCalendar, section.CalType);
        Assert.Equal("company_calendar", section.CalType.ToString());
        Assert.Empty(none);
    }

    [Fact]
    public async Task An_unlisted_calendar_type_is_kept_not_rejected()
    {
        var response = TestJson.SectionGetResponse();
        TestJson.Section(response, 0)["CAL_TYPE"] = "booking_custom";
        TestJson.Section(response, 1)["CAL_TYPE"] = "USER";
        Serve(200, response.ToJsonString());

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal("booking_custom", sections[0].CalType.ToString());
        Assert.NotEqual(CalendarType.User, sections[0].CalType);
        Assert.Equal(new CalendarType("booking_custom"), sections[0].CalType);
        // Open enums compare case-insensitively, and keep the text as sent.
        Assert.Equal(CalendarType.User, sections[1].CalType);
        Assert.Equal("USER", sections[1].CalType.ToString());
    }
}
