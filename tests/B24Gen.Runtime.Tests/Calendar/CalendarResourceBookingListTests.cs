using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.resource.booking.list through the generated API. Seeded bookings: 1408 (the docs' example: resource
/// 198, all day 20-21.12.2024, booking ID 10), 1409 (resource 199, 23.12.2024 10:00-11:30, booking ID 18) and 1410
/// (resource 198, 15.01.2025 14:00-15:00, booking ID 17).
/// </summary>
public sealed class CalendarResourceBookingListTests : EmulatorTest
{
    private const string Method = "calendar.resource.booking.list";

    private const string FilterMissing =
        "The required parameter \"filter['resourceTypeIdList']\" is not set for the method \"calendar.resource.booking.list\"";

    [Fact]
    public async Task The_docs_booking_reads_with_every_field_typed()
    {
        var bookings = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceIdList = [10] } });

        var booking = Assert.Single(bookings);
        Assert.Equal(1408L, booking.Id); // "1408"
        Assert.Equal(1408L, booking.ParentId);
        Assert.False(booking.Deleted); // "N"
        Assert.Equal(CalendarType.Resource, booking.CalType);
        Assert.Equal("resource", booking.CalType.ToString());
        Assert.Equal(0L, booking.OwnerId); // always "0"
        Assert.Equal("Booking", booking.Name);
        Assert.Equal("20.12.2024 00:00:00", booking.DateFrom.Text);
        Assert.Equal(new DateTime(2024, 12, 20), booking.DateFrom.Value);
        Assert.Null(booking.DateFrom.Offset);
        Assert.Equal("21.12.2024 00:00:00", booking.DateTo.Text);
        Assert.Equal(new DateTime(2024, 12, 21), booking.DateTo.Value);
        Assert.Equal("Europe/Riga", booking.TzFrom);
        Assert.Equal("Europe/Riga", booking.TzTo);
        Assert.Equal(7200L, booking.TzOffsetFrom); // "7200"
        Assert.Equal(7200L, booking.TzOffsetTo);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1734652800), booking.DateFromTsUtc); // "1734652800"
        Assert.Equal(new DateTimeOffset(2024, 12, 21, 0, 0, 0, TimeSpan.Zero), booking.DateToTsUtc);
        Assert.True(booking.DtSkipTime); // "Y"
        Assert.Equal(172800L, booking.DtLength); // a real number, unlike its neighbours
        Assert.Equal(CalendarEventType.ResourceBooking, booking.EventType);
        Assert.Equal(1L, booking.CreatedBy);
        Assert.Equal("18.12.2024 13:55:35", booking.DateCreate.Text);
        Assert.Equal(new DateTime(2024, 12, 18, 13, 55, 35), booking.DateCreate.Value);
        Assert.Equal(new DateTime(2024, 12, 18, 13, 55, 35), booking.TimestampX.Value);
        Assert.Equal("Service: some", booking.Description);
        Assert.False(booking.IsMeeting); // JSON false
        Assert.Equal(CalendarMeetingStatus.Accepted, booking.MeetingStatus); // always "Y"
        Assert.Equal(0L, booking.MeetingHost); // always "0"
        Assert.Equal(1L, booking.Version);
        Assert.Equal(198L, booking.SectionId);
        Assert.Equal("Fri Dec 20 2024", booking.DateFromFormatted); // all day: no time
        Assert.Equal("Sat Dec 21 2024", booking.DateToFormatted);
        Assert.Equal(198L, booking.SectId);
        Assert.Equal(10L, booking.ResourceBookingId); // documented integer, sent as "10"
        Assert.Empty(booking.AdditionalFields);
    }

    [Fact]
    public async Task The_emulator_answers_the_docs_booking_verbatim()
    {
        var raw = await CalendarSectionAssert.Raw(Client, Method, """{"filter":{"resourceIdList":[10]}}""");

        var docs = DocsFixtures.Parse(Method)["result"]![0]!;
        CalendarSectionAssert.SameJson($"[{docs.ToJsonString()}]", raw.GetRawText());
        Assert.Equal(JsonValueKind.False, raw[0].GetProperty("IS_MEETING").ValueKind);
        Assert.Equal(JsonValueKind.Number, raw[0].GetProperty("DT_LENGTH").ValueKind);
        Assert.Equal("\"10\"", raw[0].GetProperty("RESOURCE_BOOKING_ID").GetRawText());
    }

    [Fact]
    public async Task A_timed_booking_keeps_its_time_in_the_dates()
    {
        var booking = Assert.Single(await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceIdList = [18] } }));

        Assert.Equal(1409L, booking.Id);
        Assert.False(booking.DtSkipTime);
        Assert.Equal(new DateTime(2024, 12, 23, 10, 0, 0), booking.DateFrom.Value);
        Assert.Equal(new DateTime(2024, 12, 23, 11, 30, 0), booking.DateTo.Value);
        Assert.Equal(new DateTimeOffset(2024, 12, 23, 8, 0, 0, TimeSpan.Zero), booking.DateFromTsUtc);
        Assert.Equal(5400L, booking.DtLength);
        Assert.Equal("Mon Dec 23 2024 10:00:00", booking.DateFromFormatted);
        Assert.Equal(199L, booking.SectionId);
        Assert.Equal(2L, booking.Version);
    }

    [Fact]
    public async Task The_docs_booking_id_request_is_sent_exactly_and_finds_the_three_bookings()
    {
        var bookings = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceIdList = [10, 18, 17] } });

        CalendarSectionAssert.SameJson("""{"filter":{"resourceIdList":[10,18,17]}}""", Emulator.Requests[^1].Body);
        Assert.Equal([1408L, 1409L, 1410L], bookings.Select(booking => booking.Id));
        Assert.Equal([10L, 18L, 17L], bookings.Select(booking => booking.ResourceBookingId));
    }

    [Fact]
    public async Task The_docs_resource_period_request_is_sent_exactly()
    {
        var bookings = await Api.Calendar.Resource.Booking.ListAsync(new()
        {
            Filter = new()
            {
                ResourceTypeIdList = [10852, 10888, 10873, 10871, 10853],
                From = new DateOnly(2024, 6, 20),
                To = new DateOnly(2024, 8, 20),
            },
        });

        CalendarSectionAssert.SameJson(
            """{"filter":{"resourceTypeIdList":[10852,10888,10873,10871,10853],"from":"2024-06-20","to":"2024-08-20"}}""",
            Emulator.Requests[^1].Body);
        Assert.Empty(bookings); // the docs' resources do not exist here
    }

    [Fact]
    public async Task Resource_ids_select_the_bookings_of_those_resources()
    {
        var of198 = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceTypeIdList = [198] } });
        var of199 = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceTypeIdList = [199] } });
        var ofBoth = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceTypeIdList = [199, 198] } });

        Assert.Equal([1408L, 1410L], of198.Select(booking => booking.Id));
        Assert.Equal([1409L], of199.Select(booking => booking.Id));
        Assert.Equal([1408L, 1409L, 1410L], ofBoth.Select(booking => booking.Id));
        Assert.All(of198, booking => Assert.Equal(198L, booking.SectionId));
    }

    [Theory]
    [InlineData("2024-12-21", "2024-12-23", new long[] { 1408, 1409 })] // the all-day booking lasts through the 21st
    [InlineData("2024-12-22", "2024-12-31", new long[] { 1409 })]
    [InlineData("2024-12-01", "2024-12-20", new long[] { 1408 })] // "to" includes its whole day
    [InlineData("2024-12-24", "2025-01-14", new long[] { })]
    [InlineData("2025-01-15", "2025-01-15", new long[] { 1410 })]
    public async Task From_and_to_keep_the_bookings_that_overlap_the_days(string from, string to, long[] expected)
    {
        var bookings = await Api.Calendar.Resource.Booking.ListAsync(new()
        {
            Filter = new() { ResourceTypeIdList = [198, 199], From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), To = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture) },
        });

        Assert.Equal(expected, bookings.Select(booking => booking.Id));
    }

    [Fact]
    public async Task Only_from_or_only_to_bounds_one_side()
    {
        var after = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceIdList = [10, 17, 18], From = new DateOnly(2025, 1, 1) } });
        var before = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceIdList = [10, 17, 18], To = new DateOnly(2024, 12, 22) } });

        Assert.Equal([1410L], after.Select(booking => booking.Id));
        Assert.Equal([1408L], before.Select(booking => booking.Id));
        Assert.Equal("""{"filter":{"resourceIdList":[10,17,18],"to":"2024-12-22"}}""", Emulator.Requests[^1].Body);
    }

    [Fact]
    public async Task Both_lists_together_use_the_booking_ids()
    {
        // The docs forbid combining the lists but document no error; the emulator then filters by resourceIdList.
        var bookings = await Api.Calendar.Resource.Booking.ListAsync(new()
        {
            Filter = new() { ResourceTypeIdList = [199], ResourceIdList = [10] },
        });

        Assert.Equal([1408L], bookings.Select(booking => booking.Id));
    }

    [Fact]
    public async Task Deleting_a_resource_deletes_its_bookings()
    {
        Assert.True(await Api.Calendar.Resource.DeleteAsync(new() { ResourceId = 198 }));

        var bookings = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceIdList = [10, 18, 17] } });

        Assert.Equal([1409L], bookings.Select(booking => booking.Id));
        Assert.Empty(await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceTypeIdList = [198] } }));
    }

    [Fact]
    public async Task Booking_fields_read_in_their_documented_types_too()
    {
        // RESOURCE_BOOKING_ID is documented as an integer but sent as "10"; IDs as strings or numbers read alike.
        var response = DocsFixtures.Parse(Method).AsObject();
        var first = response["result"]![0]!.AsObject();
        first["RESOURCE_BOOKING_ID"] = 10;
        first["ID"] = 1408;
        first["DT_LENGTH"] = "172800";
        first["IS_MEETING"] = "N";
        first["DELETED"] = "Y";
        first["UF_CUSTOM"] = "kept";
        Serve(200, response.ToJsonString(), method: Method);

        var bookings = await Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceIdList = [10] } });

        Assert.Equal(10L, bookings[0].ResourceBookingId);
        Assert.Equal(1408L, bookings[0].Id);
        Assert.Equal(172800L, bookings[0].DtLength);
        Assert.False(bookings[0].IsMeeting);
        Assert.True(bookings[0].Deleted);
        Assert.Equal("kept", bookings[0].AdditionalFields["UF_CUSTOM"].GetString());
        Assert.Equal(1409L, bookings[1].Id); // the second item, cleaned of the docs' "..."
    }

    [Fact]
    public async Task Neither_list_gives_the_documented_filter_error()
    {
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() }), Method, FilterMissing);
        Assert.Equal("""{"filter":{}}""", Emulator.Requests[^1].Body);
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { From = new DateOnly(2024, 12, 1) } }), Method, FilterMissing);
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.Booking.ListAsync(new() { Filter = new() { ResourceTypeIdList = [] } }), Method, FilterMissing);
        await CalendarSectionAssert.RawError(Client, Method, "{}", FilterMissing);
    }
}
