using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

public sealed class BatchTests : EmulatorFixture
{
    protected override PortalEmulatorOptions CreateOptions() => new() { DealCount = 120, OperatingCostPerCall = TimeSpan.FromSeconds(1) };

    private static JsonObject Result(Answer answer) => answer.Json["result"]!.AsObject();

    [Fact]
    public async Task A_successful_batch_has_every_map_keyed_by_command_and_empty_maps_as_arrays()
    {
        var answer = await CallAsync("batch", """
            {"halt": 0, "cmd": {
                "sections": "calendar.section.get?type=user&ownerId=1",
                "deals": "crm.deal.list?filter[>ID]=5&select[]=ID&select[]=TITLE&order[ID]=ASC"}}
            """);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var result = Result(answer);
        Assert.Equal(["result", "result_error", "result_total", "result_next", "result_time"], result.Select(pair => pair.Key));
        Assert.IsType<JsonArray>(result["result"]!["sections"]);
        var deals = result["result"]!["deals"]!.AsArray();
        Assert.Equal(50, deals.Count);
        Assert.Equal("6", deals[0]!["ID"]!.GetValue<string>());
        Assert.Equal("""[]""", result["result_error"]!.ToJsonString());
        Assert.Equal("""{"deals":115}""", result["result_total"]!.ToJsonString());
        Assert.Equal("""{"deals":50}""", result["result_next"]!.ToJsonString());
        Assert.Equal(["sections", "deals"], result["result_time"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal(T0.ToUnixTimeMilliseconds() / 1000.0, result["result_time"]!["deals"]!["start"]!.GetValue<double>());
        Assert.NotNull(answer.Json["time"]);
    }

    [Fact]
    public async Task Failing_commands_go_to_result_error_and_the_others_still_run_without_halt()
    {
        var answer = await CallAsync("batch", """
            {"cmd": {"bad1": "calendar.section.get", "good": "calendar.settings.get", "bad2": "no.such.method?x=1"}}
            """);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var result = Result(answer);
        JsonAssert.Same("""
            {"bad1": {"error": "", "error_description": "The required parameter \"type\" for the method \"calendar.section.get\" is not set"},
             "bad2": {"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}}
            """, result["result_error"]!.ToJsonString());
        Assert.Equal(["good"], result["result"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal("[]", result["result_total"]!.ToJsonString());
        Assert.Equal("[]", result["result_next"]!.ToJsonString());
        Assert.Equal(["good"], result["result_time"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal(["calendar.section.get", "calendar.settings.get"], Emulator.ExecutedCommands.Select(command => command.Method));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"Y\"")]
    public async Task Halt_stops_at_the_first_failing_command(string halt)
    {
        var answer = await CallAsync("batch", $$$"""
            {"halt": {{{halt}}}, "cmd": {"first": "calendar.settings.get", "bad": "calendar.section.get", "never": "calendar.settings.get"}}
            """);

        var result = Result(answer);
        Assert.Equal(["first"], result["result"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal(["bad"], result["result_error"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal(2, Emulator.ExecutedCommands.Count);
        Assert.Equal(2, Emulator.Requests[^1].HandlersRun);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("\"0\"")]
    [InlineData("\"false\"")]
    [InlineData("null")]
    public async Task A_false_halt_runs_everything(string halt)
    {
        var answer = await CallAsync("batch", $$$"""
            {"halt": {{{halt}}}, "cmd": {"first": "calendar.settings.get", "bad": "calendar.section.get", "last": "calendar.settings.get"}}
            """);

        Assert.Equal(["first", "last"], Result(answer)["result"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal(3, Emulator.ExecutedCommands.Count);
    }

    [Fact]
    public async Task An_error_only_batch_is_shaped_like_the_docs_example()
    {
        var answer = await CallAsync("batch", """{"halt": 1, "cmd": {"get_user": "no.such.method", "get_department": "no.such.method"}}""");

        JsonAssert.Same("""
            {"result": [], "result_error": {"get_user": {"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}},
             "result_total": [], "result_next": [], "result_time": []}
            """, Result(answer).ToJsonString());
    }

    [Fact]
    public async Task Earlier_results_can_be_referenced()
    {
        Emulator.Methods.Register("test.ids", _ => MethodResult.Success(new JsonArray(3, 5, 7)));
        var answer = await CallAsync("batch", """
            {"cmd": {
                "last": "crm.deal.list?order[ID]=DESC&select[]=ID",
                "one": "crm.deal.list?filter[ID]=$result[last][0][ID]&select[]=TITLE",
                "text": "crm.deal.list?filter[TITLE]=Deal #$result[last][1][ID]",
                "count": "crm.deal.list?filter[>ID]=$result_total[last]",
                "source": "test.ids",
                "ids": "crm.deal.list?filter[@ID]=$result[source]&select[]=ID"}}
            """);

        var result = Result(answer);
        Assert.Equal("[]", result["result_error"]!.ToJsonString());
        Assert.Equal("120", result["result"]!["one"]![0]!["ID"]!.GetValue<string>());
        Assert.Equal("Deal #120", result["result"]!["one"]![0]!["TITLE"]!.GetValue<string>());
        Assert.Equal("119", result["result"]!["text"]![0]!["ID"]!.GetValue<string>());
        Assert.Empty(result["result"]!["count"]!.AsArray());
        Assert.Equal(["3", "5", "7"], result["result"]!["ids"]!.AsArray().Select(deal => deal!["ID"]!.GetValue<string>()));
        Assert.Equal("""{"filter":{"@ID":[3,5,7]},"select":["ID"]}""", Emulator.ExecutedCommands[^1].Parameters);
        Assert.Equal("""{"filter":{"ID":"120"},"select":["TITLE"]}""", Emulator.ExecutedCommands[1].Parameters);
        Assert.Equal("""{"filter":{"TITLE":"Deal #119"}}""", Emulator.ExecutedCommands[2].Parameters);
    }

    [Fact]
    public async Task A_reference_to_a_failed_or_missing_command_becomes_empty()
    {
        var answer = await CallAsync("batch", """
            {"cmd": {"bad": "no.such.method", "next": "crm.deal.list?filter[ID]=$result[bad][0][ID]&start=$result[nothing]"}}
            """);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"filter":{"ID":""},"start":""}""", Assert.Single(Emulator.ExecutedCommands).Parameters);
    }

    [Fact]
    public async Task Fifty_commands_are_allowed_and_51_are_ERROR_BATCH_LENGTH_EXCEEDED_with_nothing_run()
    {
        var fifty = new JsonObject { ["cmd"] = new JsonObject(Enumerable.Range(0, 50).Select(i => KeyValuePair.Create($"c{i}", (JsonNode?)"calendar.settings.get"))) };
        Assert.Equal(50, Result(await CallAsync("batch", fifty.ToJsonString()))["result"]!.AsObject().Count);
        Emulator.ClearExecutedCommands();

        var fiftyOne = new JsonObject { ["cmd"] = new JsonArray(Enumerable.Range(0, 51).Select(_ => (JsonNode?)"calendar.settings.get").ToArray()) };
        var answer = await CallAsync("batch", fiftyOne.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("""{"error":"ERROR_BATCH_LENGTH_EXCEEDED","error_description":"Max batch length exceeded"}""", answer.Text);
        Assert.Empty(Emulator.ExecutedCommands);
        Assert.False(Emulator.Requests[^1].HandlerRan);
    }

    [Fact]
    public async Task A_nested_batch_is_ERROR_BATCH_METHOD_NOT_ALLOWED()
    {
        var answer = await CallAsync("batch", """{"cmd": {"inner": "batch?cmd[x]=calendar.settings.get", "ok": "calendar.settings.get"}}""");

        var result = Result(answer);
        JsonAssert.Same("""{"inner": {"error": "ERROR_BATCH_METHOD_NOT_ALLOWED", "error_description": "Method is not allowed for batch usage"}}""",
            result["result_error"]!.ToJsonString());
        Assert.Equal(["calendar.settings.get"], Emulator.ExecutedCommands.Select(command => command.Method));
    }

    [Fact]
    public async Task A_cmd_array_gives_maps_keyed_0_to_n_which_serialize_as_arrays_like_PHP()
    {
        var answer = await CallAsync("batch", """{"cmd": ["calendar.settings.get", "no.such.method", "crm.deal.list?select[]=ID"]}""");

        var result = Result(answer);
        // Successes are keyed 0 and 2 (not a list), the error is keyed 1, the total is keyed 2.
        Assert.Equal(["0", "2"], result["result"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal("""{"1":{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"}}""", result["result_error"]!.ToJsonString());
        Assert.Equal("""{"2":120}""", result["result_total"]!.ToJsonString());

        var allGood = Result(await CallAsync("batch", """{"cmd": ["calendar.settings.get", "crm.deal.list?select[]=ID"]}"""));
        Assert.IsType<JsonArray>(allGood["result"]);
        Assert.Equal(2, allGood["result"]!.AsArray().Count);
        Assert.Equal(2, allGood["result_time"]!.AsArray().Count);
        Assert.Equal("""{"1":120}""", allGood["result_total"]!.ToJsonString());
    }

    [Fact]
    public async Task A_form_encoded_batch_decodes_the_double_encoded_commands_once_more()
    {
        // cmd[deals] = "crm.deal.list?filter[>ID]=115&select[]=ID", URL-encoded twice in the form body.
        var inner = Uri.EscapeDataString("crm.deal.list?" + "filter%5B%3EID%5D=115&select%5B%5D=ID");
        var answer = await PostFormAsync(Emulator.WebhookUrl + "batch", $"halt=0&cmd%5Bdeals%5D={inner}");

        var result = Result(answer);
        Assert.Equal(["116", "117", "118", "119", "120"], result["result"]!["deals"]!.AsArray().Select(deal => deal!["ID"]!.GetValue<string>()));
        Assert.Equal("""{"filter":{">ID":"115"},"select":["ID"]}""", Assert.Single(Emulator.ExecutedCommands).Parameters);
    }

    [Fact]
    public async Task JSON_body_commands_are_decoded_once()
    {
        var answer = await CallAsync("batch", """{"cmd": {"d": "crm.deal.list?filter%5B%3EID%5D=118&filter[TITLE]=Deal%20%23120"}}""");

        Assert.Equal(["120"], Result(answer)["result"]!["d"]!.AsArray().Select(deal => deal!["ID"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Commands_run_once_each_in_order_with_the_callers_oauth_identity()
    {
        var answer = await CallOAuthAsync("batch", Emulator.AccessToken, """
            {"cmd": {"a": "calendar.settings.get", "b": "crm.deal.list?start=100&select[]=ID&auth=ignored", "c": "calendar.user.settings.get"}}
            """);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var executed = Emulator.ExecutedCommands;
        Assert.Equal(["a", "b", "c"], executed.Select(command => command.BatchCommand));
        Assert.Equal(["calendar.settings.get", "crm.deal.list", "calendar.user.settings.get"], executed.Select(command => command.Method));
        Assert.All(executed, command => Assert.Equal(AuthKind.OAuth, command.AuthKind));
        Assert.All(executed, command => Assert.True(command.Succeeded));
        Assert.Equal("""{"start":"100","select":["ID"]}""", executed[1].Parameters);
        var request = Assert.Single(Emulator.Requests);
        Assert.Equal("batch", request.RestMethod);
        Assert.Equal(3, request.HandlersRun);
        Assert.Equal(200, request.ResponseStatus);
    }

    [Fact]
    public async Task An_empty_or_missing_cmd_is_an_empty_result_and_non_string_commands_are_skipped()
    {
        JsonAssert.Same("""{"result":[],"result_error":[],"result_total":[],"result_next":[],"result_time":[]}""",
            Result(await CallAsync("batch", "{}")).ToJsonString());

        var answer = await CallAsync("batch", """{"cmd": {"n": 5, "o": {"x": 1}, "s": "calendar.settings.get"}}""");
        Assert.Equal(["s"], Result(answer)["result"]!.AsObject().Select(pair => pair.Key));
    }

    [Fact]
    public async Task The_batch_needs_valid_credentials_like_any_method()
    {
        var answer = await PostJsonAsync($"{Emulator.BaseAddress}rest/1/wrong/batch", """{"cmd":{"a":"calendar.settings.get"}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Empty(Emulator.ExecutedCommands);
    }
}
