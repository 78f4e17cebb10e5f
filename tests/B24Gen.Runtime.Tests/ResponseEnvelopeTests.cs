using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>The envelope around the result: <c>time</c>, <c>total</c>, <c>next</c>, HTTP status.</summary>
public sealed class ResponseEnvelopeTests : EmulatorTest
{
    // 2024-12-08T11:09:06.4181850Z: the docs' example start, to the tick.
    private static readonly DateTimeOffset s_now = new DateTimeOffset(2024, 12, 8, 11, 9, 6, TimeSpan.Zero).AddTicks(4_181_850);

    protected override PortalEmulatorOptions EmulatorOptions => new() { TimeProvider = new FixedTimeProvider(s_now) };

    [Fact]
    public async Task The_emulators_time_block_is_read_field_by_field()
    {
        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(SectionGet, response.Method);
        Assert.Equal(200, response.HttpStatus);
        Assert.Equal(3, response.Value.Count);
        Assert.Null(response.Total);
        Assert.Null(response.Next);

        var time = Assert.IsType<B24ResponseTime>(response.Time);
        var unixSeconds = (s_now - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;
        Assert.Equal(unixSeconds, time.Start);
        Assert.Equal(unixSeconds, time.Finish);
        Assert.Equal(0.0, time.Duration);
        Assert.Equal(0.0, time.Processing);
        Assert.Equal(new DateTimeOffset(2024, 12, 8, 11, 9, 6, TimeSpan.Zero), time.DateStart);
        Assert.Equal(TimeSpan.Zero, time.DateStart!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 12, 8, 11, 9, 6, TimeSpan.Zero), time.DateFinish);
        Assert.Equal(0.0, time.Operating);
        Assert.Equal(new DateTimeOffset(2024, 12, 8, 11, 19, 6, TimeSpan.Zero), time.OperatingResetAt);
    }

    [Fact]
    public async Task The_docs_time_block_is_read_exactly()
    {
        Serve(200, DocsFixtures.Get(SectionGet));

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        var time = Assert.IsType<B24ResponseTime>(response.Time);
        Assert.Equal(1733828946.418185, time.Start);
        Assert.Equal(1733828946.650208, time.Finish);
        Assert.Equal(0.23202300071716309, time.Duration);
        Assert.Equal(0.0054471492767333984, time.Processing);
        Assert.Equal(new DateTimeOffset(2024, 12, 8, 11, 9, 6, TimeSpan.Zero), time.DateStart);
        Assert.Equal(new DateTimeOffset(2024, 12, 8, 11, 9, 6, TimeSpan.Zero), time.DateFinish);
        Assert.Null(time.Operating);
        Assert.Null(time.OperatingResetAt);
        Assert.Null(response.Total);
        Assert.Null(response.Next);
        Assert.Equal([190L, 191L, 192L], response.Value.Select(section => section.Id));
    }

    [Fact]
    public async Task Total_next_and_the_operating_limit_fields_are_read()
    {
        // The time block of the docs' Limits page (settings/performance/limits, with operating and operating_reset_at; see
        // docs/portal-quirks.md, "The operating limit"), with list paging fields.
        Serve(200, """
            {
                "result": [],
                "next": 50,
                "total": 143,
                "time": {
                    "start": 1778747192.910734,
                    "finish": 1778747193.530359,
                    "duration": 0.6196250915527344,
                    "processing": 0.032338857650756836,
                    "date_start": "2026-05-14T10:26:32+02:00",
                    "date_finish": "2026-05-14T10:26:33+02:00",
                    "operating_reset_at": 1778747792,
                    "operating": 3.3076241016387939
                }
            }
            """);

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Empty(response.Value);
        Assert.Equal(143L, response.Total);
        Assert.Equal(50L, response.Next);
        var time = Assert.IsType<B24ResponseTime>(response.Time);
        Assert.Equal(1778747192.910734, time.Start);
        Assert.Equal(1778747193.530359, time.Finish);
        Assert.Equal(0.6196250915527344, time.Duration);
        Assert.Equal(0.032338857650756836, time.Processing);
        Assert.Equal(new DateTimeOffset(2026, 5, 14, 10, 26, 32, TimeSpan.FromHours(2)), time.DateStart);
        Assert.Equal(TimeSpan.FromHours(2), time.DateStart!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 5, 14, 10, 26, 33, TimeSpan.FromHours(2)), time.DateFinish);
        Assert.Equal(3.3076241016387939, time.Operating);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1778747792), time.OperatingResetAt);
    }

    [Fact]
    public async Task Paging_numbers_as_strings_whole_number_times_and_unknown_time_fields_are_accepted()
    {
        Serve(200, """
            {"result": [], "total": "143", "next": "50",
             "time": {"start": 1787219542, "finish": "1787219543", "processing": 0, "operating": 0,
                      "operating_reset_at": "1787220142", "future_field": {"x": 1}}}
            """);

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(143L, response.Total);
        Assert.Equal(50L, response.Next);
        var time = Assert.IsType<B24ResponseTime>(response.Time);
        Assert.Equal(1787219542.0, time.Start);
        Assert.Equal(1787219543.0, time.Finish);
        Assert.Equal(0.0, time.Processing);
        Assert.Equal(0.0, time.Operating);
        Assert.Null(time.Duration);
        Assert.Null(time.DateStart);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1787220142), time.OperatingResetAt);
    }

    [Fact]
    public async Task An_unknown_time_field_with_nested_values_is_skipped_whole()
    {
        Serve(200, """{"result": [], "time": {"future": {"start": 9, "list": [1, {"duration": 8}]}, "start": 5, "duration": null}, "total": 2}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(5.0, response.Time?.Start);
        Assert.Null(response.Time?.Duration);
        Assert.Equal(2L, response.Total);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("false")]
    [InlineData("\"\"")]
    public async Task An_empty_or_null_time_block_is_no_time(string time)
    {
        Serve(200, $$"""{"result": [], "time": {{time}}}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Null(response.Time);
    }

    [Theory]
    [InlineData("-62135596800", "0001-01-01T00:00:00+00:00")]
    [InlineData("253402300799", "9999-12-31T23:59:59+00:00")]
    [InlineData("-62135596801", null)]
    [InlineData("253402300800", null)]
    [InlineData("1e20", null)]
    public async Task An_operating_reset_outside_the_calendar_is_no_reset_not_a_failure(string seconds, string? expected)
    {
        Serve(200, $$$"""{"result": [], "time": {"operating_reset_at": {{{seconds}}}}}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), response.Time?.OperatingResetAt);
    }

    [Fact]
    public async Task A_fractional_operating_reset_at_does_not_fail_a_successful_call()
    {
        // Guards a fixed bug: operating_reset_at was read with B24JsonRead.NullableTimestamp, which rejects fractions, so
        // one odd metadata value turned a successful call into a B24ResponseFormatException. The docs say the value is
        // "usually an integer"; every numeric time field is read as a double.
        Serve(200, """{"result": [], "time": {"start": 1778747192.9, "operating_reset_at": 1778747792.5, "operating": 3.3}}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(3.3, response.Time?.Operating);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1778747792500), response.Time?.OperatingResetAt);
    }

    [Fact]
    public async Task An_operating_reset_at_written_as_a_date_is_read_as_that_date()
    {
        // crm.activity.list's docs example shows "operating_reset_at": "2024-08-26T16:11:37+03:00"; strict reading failed on it.
        Serve(200, """{"result": [], "time": {"operating_reset_at": "2024-08-26T16:11:37+03:00", "operating": 0}}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(new DateTimeOffset(2024, 8, 26, 16, 11, 37, TimeSpan.FromHours(3)), response.Time?.OperatingResetAt);
    }

    [Fact]
    public async Task A_response_without_time_has_null_time()
    {
        Serve(200, """{"result": []}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Null(response.Time);
        Assert.Empty(response.Value);
        Assert.Equal(200, response.HttpStatus);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\uFEFF")] // a UTF-8 byte order mark, which some PHP setups print before the body
    [InlineData("\uFEFF\r\n  ")]
    public async Task Whitespace_and_a_byte_order_mark_before_the_envelope_are_skipped(string prefix)
    {
        Serve(200, prefix + """{"result": [{"ID": "7"}], "total": 1}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(7L, Assert.Single(response.Value).Id);
        Assert.Equal(1L, response.Total);
    }

    [Theory]
    [InlineData(" <html>")]
    [InlineData("\r\n\t<!DOCTYPE html>")]
    [InlineData("\uFEFF[]")]
    [InlineData(" \uFEFF{}")] // a byte order mark only counts at the very start
    [InlineData("/* cached */ {}")]
    public async Task A_body_that_starts_otherwise_after_whitespace_is_not_json(string body)
    {
        Serve(200, body, "text/html");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.StartsWith("The portal answered HTTP 200 with text/html that is not a JSON object: ", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_before_result_and_unknown_envelope_fields_do_not_disturb_reading()
    {
        Serve(200, """{"time": {"start": 1.5}, "extra": [1, {"a": 2}], "total": 3, "result": [{"ID": "7", "NAME": "x"}]}""");

        var response = await Api.Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(1.5, response.Time?.Start);
        Assert.Equal(3L, response.Total);
        var section = Assert.Single(response.Value);
        Assert.Equal(7L, section.Id);
        Assert.Equal("x", section.Name);
    }

    [Fact]
    public async Task User_settings_envelope_is_reachable_too()
    {
        var response = await Api.Calendar.User.Settings.GetWithResponseAsync(new());

        Assert.Equal(SettingsGet, response.Method);
        Assert.Equal(200, response.HttpStatus);
        Assert.Equal("Europe/Berlin", response.Value.TimezoneName);
        Assert.Equal(new DateTimeOffset(2024, 12, 8, 11, 19, 6, TimeSpan.Zero), response.Time?.OperatingResetAt);
    }

    [Fact]
    public async Task Raw_calls_return_the_result_json_with_the_envelope()
    {
        using var parameters = System.Text.Json.JsonDocument.Parse("""{"type":"group","ownerId":6}""");

        var response = await Client.CallRawAsync(SectionGet, parameters.RootElement);

        Assert.Equal("""{"type":"group","ownerId":6}""", Assert.Single(Emulator.Requests).Body);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, response.Value.ValueKind);
        Assert.Equal("49", response.Value[0].GetProperty("ID").GetString());
        Assert.Equal(200, response.HttpStatus);
        Assert.NotNull(response.Time);
    }
}
