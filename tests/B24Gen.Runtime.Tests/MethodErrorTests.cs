using System.Text.Json;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>calendar.section.get's documented errors, produced by the emulator's own parameter validation.</summary>
public sealed class MethodErrorTests : EmulatorTest
{
    private const string TypeMissing = "The required parameter \"type\" for the method \"calendar.section.get\" is not set";
    private const string OwnerIdMissing = "The required parameter \"ownerId\" for the method \"calendar.section.get\" is not set";

    [Fact]
    public async Task No_type_gives_the_documented_type_error()
    {
        var error = await Assert.ThrowsAsync<B24MethodException>(() => Client.CallRawAsync(SectionGet));

        Assert.Equal("", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(TypeMissing, error.Description);
        Assert.Equal(SectionGet, error.Method);
        Assert.Equal($"calendar.section.get failed (HTTP 400): {TypeMissing}", error.Message);
        Assert.Equal("{}", Assert.Single(Emulator.Requests).Body);
    }

    [Fact]
    public async Task An_empty_type_through_the_typed_api_gives_the_documented_type_error()
    {
        var error = await Assert.ThrowsAsync<B24MethodException>(
            () => Api.Calendar.Section.GetAsync(new() { Type = new CalendarType(""), OwnerId = 1 }));

        Assert.Equal("", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(TypeMissing, error.Description);
        Assert.Equal(SectionGet, error.Method);
        Assert.Equal("""{"type":"","ownerId":1}""", Assert.Single(Emulator.Requests).Body);
    }

    [Fact]
    public async Task Group_type_without_owner_gives_the_documented_owner_error()
    {
        using var parameters = JsonDocument.Parse("""{"type":"group"}""");

        var error = await Assert.ThrowsAsync<B24MethodException>(() => Client.CallRawAsync(SectionGet, parameters.RootElement));

        Assert.Equal("", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(OwnerIdMissing, error.Description);
        Assert.Equal(SectionGet, error.Method);
        Assert.False(error.HasCode("ACCESS_DENIED"));
        Assert.True(error.HasCode(""));
    }

    [Fact]
    public async Task The_documented_access_denied_error_is_a_method_error_not_an_access_error()
    {
        // The calendar "Access denied" error has an empty code and HTTP 400: only the text tells it apart.
        ServeError(400, "", "Access denied");

        var error = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("Access denied", error.Description);
        Assert.Equal(SectionGet, error.Method);
    }

    [Fact]
    public async Task A_method_specific_code_with_a_4xx_status_is_a_method_error()
    {
        ServeError(400, "ERROR_ARGUMENT", "Argument 'ownerId' is invalid");

        var error = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("ERROR_ARGUMENT", error.Code);
        Assert.Equal("Argument 'ownerId' is invalid", error.Description);
        Assert.Equal("calendar.section.get failed (HTTP 400 ERROR_ARGUMENT): Argument 'ownerId' is invalid", error.Message);
    }

    [Fact]
    public async Task A_null_description_reads_as_empty_and_a_missing_one_too()
    {
        Serve(400, """{"error":"NOT_FOUND","error_description":null}""");
        Serve(400, """{"error":"NOT_FOUND"}""");

        var first = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));
        var second = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("NOT_FOUND", first.Code);
        Assert.Equal("", first.Description);
        Assert.Equal("NOT_FOUND", second.Code);
        Assert.Equal("", second.Description);
    }

    [Fact]
    public async Task An_error_answered_with_HTTP_200_still_throws()
    {
        ServeError(200, "ERROR_CORE", "Something failed");

        var error = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("ERROR_CORE", error.Code);
        Assert.Equal(200, error.HttpStatus);
    }

    [Fact]
    public async Task A_JSON_error_status_without_an_error_code_is_classified_by_status()
    {
        Serve(500, "{}");
        Serve(400, """{"result": []}""");

        var server = await Assert.ThrowsAsync<B24ServerException>(() => Api.Calendar.Section.GetAsync(UserOneSections));
        var method = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(500, server.HttpStatus);
        Assert.Equal("", server.Code);
        Assert.Contains("HTTP 500", server.Description);
        Assert.Equal(400, method.HttpStatus);
    }
}
