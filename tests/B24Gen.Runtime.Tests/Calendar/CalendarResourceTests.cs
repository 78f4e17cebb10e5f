using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.resource.add/update/list/delete through the generated API against the emulator seeded with the
/// docs' resource list (198 and 199).
/// </summary>
public sealed class CalendarResourceTests : EmulatorTest
{
    private const string Add = "calendar.resource.add";
    private const string Update = "calendar.resource.update";
    private const string Delete = "calendar.resource.delete";
    private const string List = "calendar.resource.list";

    [Fact]
    public async Task Add_list_update_list_delete_list_round_trip()
    {
        var id = await Api.Calendar.Resource.AddAsync(new() { Name = "Meeting room 3" });

        Assert.Equal(200L, id); // one above the seeded 199
        var resources = await Api.Calendar.Resource.ListAsync();
        Assert.Equal([198L, 199L, 200L], resources.Select(resource => resource.Id));
        Assert.Equal("Meeting room 3", resources[2].Name);
        Assert.Equal(1L, resources[2].CreatedBy);

        Assert.Equal(200L, await Api.Calendar.Resource.UpdateAsync(new() { ResourceId = 200, Name = "Board room" }));
        Assert.Equal("Board room", (await Api.Calendar.Resource.ListAsync())[2].Name);

        Assert.True(await Api.Calendar.Resource.DeleteAsync(new() { ResourceId = 200 }));
        Assert.Equal([198L, 199L], (await Api.Calendar.Resource.ListAsync()).Select(resource => resource.Id));

        // Gone: the docs list no "not found" error; the portal answers their catch-all texts.
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.UpdateAsync(new() { ResourceId = 200, Name = "Again" }), Update,
            "An error occurred while updating the resource");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.DeleteAsync(new() { ResourceId = 200 }), Delete,
            "An error occurred while deleting the resource");
    }

    [Fact]
    public async Task The_docs_list_reads_typed_from_its_string_ids()
    {
        var resources = await Api.Calendar.Resource.ListAsync();

        Assert.Equal(2, resources.Count);
        Assert.Equal(198L, resources[0].Id); // "ID": "198"
        Assert.Equal("Resource name", resources[0].Name);
        Assert.Equal(1L, resources[0].CreatedBy); // "CREATED_BY": "1"
        Assert.Empty(resources[0].AdditionalFields);
        Assert.Equal(199L, resources[1].Id);
        Assert.Equal("Projector", resources[1].Name);
        Assert.Equal(2L, resources[1].CreatedBy);

        var raw = await CalendarSectionAssert.Raw(Client, List);
        CalendarSectionAssert.SameJson(DocsFixtures.Parse(List)["result"]!.ToJsonString(), raw.GetRawText());
        Assert.Equal(JsonValueKind.String, raw[0].GetProperty("ID").ValueKind);
    }

    [Fact]
    public async Task Add_answers_a_number_that_list_repeats_as_a_string()
    {
        var added = await CalendarSectionAssert.Raw(Client, Add, """{"name":"Raw"}""");
        var listed = await CalendarSectionAssert.Raw(Client, List);

        Assert.Equal(JsonValueKind.Number, added.ValueKind);
        Assert.Equal("200", listed[2].GetProperty("ID").GetString());
        Assert.Equal("1", listed[2].GetProperty("CREATED_BY").GetString());
    }

    [Fact]
    public async Task The_docs_add_update_and_delete_requests_are_sent_exactly()
    {
        await Api.Calendar.Resource.AddAsync(new() { Name = "My resource title" });
        CalendarSectionAssert.SameJson("""{"name":"My resource title"}""", Emulator.Requests[^1].Body);

        Emulator.State.CalendarResources.Put(197, new JsonObject { ["ID"] = "197", ["NAME"] = "My resource title", ["CREATED_BY"] = "1" });
        Assert.Equal(197L, await Api.Calendar.Resource.UpdateAsync(new() { ResourceId = 197, Name = "Changed Resource Name" }));
        CalendarSectionAssert.SameJson("""{"resourceId":197,"name":"Changed Resource Name"}""", Emulator.Requests[^1].Body);
        Assert.Contains(await Api.Calendar.Resource.ListAsync(), resource => resource.Id == 197 && resource.Name == "Changed Resource Name");

        Emulator.State.CalendarResources.Put(521, new JsonObject { ["ID"] = "521", ["NAME"] = "Old room", ["CREATED_BY"] = "1" });
        Assert.True(await Api.Calendar.Resource.DeleteAsync(new() { ResourceId = 521 }));
        CalendarSectionAssert.SameJson("""{"resourceId":521}""", Emulator.Requests[^1].Body); // resourceId: a number, as in the docs
        Assert.DoesNotContain(await Api.Calendar.Resource.ListAsync(), resource => resource.Id == 521);
    }

    [Fact]
    public async Task The_docs_list_request_is_an_OAuth_call_with_only_auth()
    {
        // The docs' "cURL (Webhook)" tab of calendar.resource.list is really an OAuth call: {"auth":"..."} to /rest/.
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));

        var resources = await new B24Api(client).Calendar.Resource.ListAsync();

        Assert.Equal(2, resources.Count);
        Assert.Equal("/rest/calendar.resource.list", Emulator.Requests[^1].Path);
        CalendarSectionAssert.SameJson(
            """{"auth":"**put_access_token_here**"}""".Replace("**put_access_token_here**", Emulator.AccessToken, StringComparison.Ordinal),
            Emulator.Requests[^1].Body);

        await Api.Calendar.Resource.ListAsync();
        Assert.Equal("{}", Emulator.Requests[^1].Body); // over the webhook: nothing at all
    }

    [Fact]
    public async Task Ids_read_as_numbers_or_numeric_strings()
    {
        Serve(200, """{"result":[{"ID":198,"NAME":"A","CREATED_BY":1},{"ID":"199","NAME":"B","CREATED_BY":"2"}]}""", method: List);
        Serve(200, """{"result":"197"}""", method: Update);

        var resources = await Api.Calendar.Resource.ListAsync();
        var updated = await Api.Calendar.Resource.UpdateAsync(new() { ResourceId = 197, Name = "X" });

        Assert.Equal([198L, 199L], resources.Select(resource => resource.Id));
        Assert.Equal([1L, 2L], resources.Select(resource => resource.CreatedBy));
        Assert.Equal(197L, updated);
    }

    [Fact]
    public async Task Missing_name_of_add_gives_the_documented_error()
    {
        const string missing = "The required parameter \"name\" for the method \"calendar.resource.add\" is not set";
        await CalendarSectionAssert.MethodError(() => Api.Calendar.Resource.AddAsync(new() { Name = "" }), Add, missing);
        await CalendarSectionAssert.RawError(Client, Add, "{}", missing);

        Assert.Equal(2, (await Api.Calendar.Resource.ListAsync()).Count);
    }

    [Fact]
    public async Task Missing_parameters_of_update_give_the_documented_errors()
    {
        await CalendarSectionAssert.RawError(Client, Update, """{"name":"X"}""",
            "The required parameter \"resourceId\" for the method \"calendar.resource.update\" is not set");
        await CalendarSectionAssert.MethodError(
            () => Api.Calendar.Resource.UpdateAsync(new() { ResourceId = 198, Name = "" }), Update,
            "The required parameter \"name\" for the method \"calendar.resource.update\" is not set");
        await CalendarSectionAssert.RawError(Client, Update, """{"resourceId":198}""",
            "The required parameter \"name\" for the method \"calendar.resource.update\" is not set");

        Assert.Equal("Resource name", (await Api.Calendar.Resource.ListAsync())[0].Name);
    }

    [Fact]
    public async Task Missing_resource_id_of_delete_gives_the_documented_error()
    {
        await CalendarSectionAssert.RawError(Client, Delete, "{}",
            "The required parameter \"resourceId\" for the method \"calendar.resource.delete\" is not set");

        Assert.Equal(2, (await Api.Calendar.Resource.ListAsync()).Count);
    }
}
