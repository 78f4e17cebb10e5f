using B24Gen.Testing;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// Responses that cannot be read (not JSON, empty, truncated, malformed, wrongly shaped) become a
/// <see cref="B24ResponseFormatException"/> that names the method, the JSON path and what was found.
/// </summary>
public sealed class ResponseFormatTests : EmulatorTest
{
    [Fact]
    public async Task An_HTML_502_page_is_a_response_format_error()
    {
        Serve(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>", "text/html");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(502, error.HttpStatus);
        Assert.Equal("", error.Code);
        Assert.Equal(SectionGet, error.Method);
        Assert.Null(error.JsonPath);
        Assert.StartsWith("calendar.section.get failed (HTTP 502): ", error.Message);
        Assert.Contains("text/html", error.Message);
        Assert.Contains("502 Bad Gateway", error.Message);
        Assert.Contains("not a JSON object", error.Description);
    }

    [Fact]
    public async Task An_empty_body_is_a_response_format_error()
    {
        Serve(200, "");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(200, error.HttpStatus);
        Assert.Equal(SectionGet, error.Method);
        Assert.Null(error.JsonPath);
        Assert.Contains("empty body", error.Message);
        Assert.StartsWith("calendar.section.get failed (HTTP 200): ", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"result\"")]
    [InlineData("null")]
    [InlineData("42")]
    public async Task JSON_that_is_not_an_object_is_a_response_format_error(string body)
    {
        Serve(200, body);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(SectionGet, error.Method);
        Assert.Contains("not a JSON object", error.Message);
    }

    [Fact]
    public async Task A_body_cut_in_the_middle_of_section_190_is_a_response_format_error()
    {
        var full = DocsFixtures.Get(SectionGet);
        var cut = full[..(full.IndexOf("\"Description for section\"", StringComparison.Ordinal) + 10)];
        Serve(200, cut);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(SectionGet, error.Method);
        Assert.Equal(200, error.HttpStatus);
        Assert.NotNull(error.JsonPath);
        Assert.StartsWith("$.result[0]", error.JsonPath);
        Assert.Contains(error.JsonPath, error.Message);
        Assert.Contains("calendar.section.get", error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public async Task A_body_cut_inside_a_field_value_names_that_field()
    {
        // Guards a fixed generator bug: the generated object reader moves onto a property's value (B24JsonRead.Value) before
        // its try/catch that adds the property name, so a failure reading the value token itself loses the
        // field: the path is "$.result[0]", not "$.result[0].DESCRIPTION".
        var full = DocsFixtures.Get(SectionGet);
        var cut = full[..(full.IndexOf("\"Description for section\"", StringComparison.Ordinal) + 10)];
        Serve(200, cut);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("$.result[0].DESCRIPTION", error.JsonPath);
    }

    [Fact]
    public async Task A_body_cut_after_a_property_name_names_the_section()
    {
        var full = DocsFixtures.Get(SectionGet);
        var cut = full[..(full.IndexOf("\"COLOR\":", StringComparison.Ordinal) + 8)];
        Serve(200, cut);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.StartsWith("$.result[0]", error.JsonPath);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public async Task A_body_cut_in_the_envelope_is_a_response_format_error()
    {
        Serve(200, """{"result": [], "time": {"start": 1733828946.41""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(SectionGet, error.Method);
        Assert.Equal("$.time", error.JsonPath);
        Assert.Contains("$.time", error.Message);
    }

    [Fact]
    public async Task Malformed_JSON_inside_the_result_names_the_item()
    {
        Serve(200, """{"result": [{"ID": "190", "NAME": "x",, "COLOR": "#fff"}], "time": {}}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(SectionGet, error.Method);
        Assert.StartsWith("$.result[0]", error.JsonPath);
        Assert.Contains(error.JsonPath!, error.Message);
        Assert.Contains("malformed", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task Malformed_JSON_in_the_envelope_names_the_property()
    {
        Serve(200, """{"result": [], "time": {"start": 1,}, "total": 1}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("$.time", error.JsonPath);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Theory]
    [InlineData("""{"result": [], "time": {"start": "abc"}}""", "$.time.start")]
    [InlineData("""{"result": [], "total": "abc"}""", "$.total")]
    [InlineData("""{"error": {"code": 1}, "error_description": "x"}""", "$.error")]
    public async Task A_wrongly_shaped_envelope_field_is_named_by_its_path(string body, string path)
    {
        // Guards a fixed bug: EnvelopeReader and ResponseTimeReader read total/next/error/time.* without adding the property
        // to the B24JsonReadException, so JsonPath (and the message) say "$".
        Serve(200, body);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task A_date_as_out_of_range_unix_seconds_is_a_response_format_error()
    {
        // Guards a fixed bug: B24JsonRead.DateTime lets DateTimeOffset.FromUnixTimeSeconds throw ArgumentOutOfRangeException,
        // which escapes B24Client as a non-B24Exception.
        Serve(200, """{"result": [{"ID": "1", "DATE_CREATE": 99999999999999}]}""");

        var error = await Record.ExceptionAsync(() => Api.Calendar.Section.GetAsync(UserOneSections));

        var format = Assert.IsType<B24ResponseFormatException>(error);
        Assert.Equal("$.result[0].DATE_CREATE", format.JsonPath);
    }

    [Fact]
    public async Task A_response_with_neither_result_nor_error_is_a_response_format_error()
    {
        Serve(200, """{"time": {"start": 1}}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("$.result", error.JsonPath);
        Assert.Contains("neither 'result' nor 'error'", error.Message);
    }

    [Theory]
    [InlineData(0, "ID", "\"abc\"", "$.result[0].ID", "an integer", "the string \"abc\"")]
    [InlineData(0, "ID", "1.5", "$.result[0].ID", "an integer", "the number 1.5")]
    [InlineData(1, "ID", "true", "$.result[1].ID", "an integer", "true")]
    [InlineData(0, "ACCESS", "{\"U1\": \"x\"}", "$.result[0].ACCESS.U1", "an integer", "the string \"x\"")]
    [InlineData(0, "ACCESS", "{\"SG6-K\": {}}", "$.result[0].ACCESS['SG6-K']", "an integer", "an object")]
    [InlineData(0, "ACCESS", "5", "$.result[0].ACCESS", "a map (a JSON object)", "the number 5")]
    [InlineData(0, "PERM", "5", "$.result[0].PERM", "an object", "the number 5")]
    [InlineData(0, "PERM", "{\"view_time\": \"maybe\"}", "$.result[0].PERM.view_time", "a boolean (true/false, Y/N, 1/0)", "the string \"maybe\"")]
    [InlineData(2, "EXPORT", "{\"ALLOW\": 2}", "$.result[2].EXPORT.ALLOW", "a boolean (true/false, Y/N, 1/0)", "the number 2")]
    [InlineData(0, "NAME", "[]", "$.result[0].NAME", "a string", "a list")]
    [InlineData(0, "NAME", "null", "$.result[0].NAME", "a string", "null")]
    [InlineData(0, "CAL_TYPE", "{}", "$.result[0].CAL_TYPE", "a string value", "an object")]
    [InlineData(0, "DATE_CREATE", "true", "$.result[0].DATE_CREATE", "a date and time", "true")]
    public async Task A_wrongly_shaped_field_names_method_path_and_what_was_found(
        int index, string field, string json, string path, string expected, string found)
    {
        var response = TestJson.SectionGetResponse();
        TestJson.Section(response, index)[field] = System.Text.Json.Nodes.JsonNode.Parse(json);
        Serve(200, response.ToJsonString());

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(path, error.JsonPath);
        Assert.Equal(SectionGet, error.Method);
        Assert.Equal(200, error.HttpStatus);
        Assert.Equal("", error.Code);
        // Strict reading says where, what, in which schema type and field, and what to change in the YAML.
        Assert.StartsWith($"calendar.section.get failed (HTTP 200): Expected {expected} at {path} (", error.Message, StringComparison.Ordinal);
        Assert.Contains($"), found {found}. ", error.Message, StringComparison.Ordinal);
        Assert.Contains("schema YAML", error.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<B24JsonReadException>(error.InnerException);
        Assert.Equal(path, inner.JsonPath);
    }

    [Fact]
    public async Task A_result_of_the_wrong_shape_names_result()
    {
        Serve(200, """{"result": 5}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("$.result", error.JsonPath);
        Assert.Equal("calendar.section.get failed (HTTP 200): Expected a list at $.result, found the number 5.", error.Message);
    }

    [Fact]
    public async Task Nested_list_items_of_user_settings_are_named_by_index()
    {
        var response = TestJson.SettingsGetResponse();
        response["result"]!["defaultReminders"]!["withTime"]![0]!["count"] = "many";
        Serve(200, response.ToJsonString(), method: SettingsGet);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.User.Settings.GetAsync());

        Assert.Equal("$.result.defaultReminders.withTime[0].count", error.JsonPath);
        Assert.Equal(SettingsGet, error.Method);
        Assert.Contains("calendar.user.settings.get", error.Message);
        Assert.Contains("the string \"many\"", error.Message);
    }

    [Fact]
    public async Task A_fractional_work_time_is_fine_but_text_is_not()
    {
        var response = TestJson.SettingsGetResponse();
        response["result"]!["work_time_start"] = "nine";
        Serve(200, response.ToJsonString(), method: SettingsGet);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.User.Settings.GetAsync());

        Assert.Equal("$.result.work_time_start", error.JsonPath);
        Assert.Contains("Expected a number", error.Message);
    }

    [Fact]
    public async Task A_readable_response_after_a_bad_one_works_on_the_same_client()
    {
        Serve(200, """{"result": [{"ID": "abc"}]}""");
        await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
    }
}
