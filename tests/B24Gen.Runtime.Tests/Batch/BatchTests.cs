using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests.Batch;

/// <summary>Typed batches against the emulator's <c>batch</c>: splitting, typed per-command results, errors, halt, references.</summary>
public sealed class BatchTests : EmulatorTest
{
    protected override PortalEmulatorOptions? EmulatorOptions => new() { DealCount = 200 };

    /// <summary>A write command that fails with the documented "Access denied." (no such calendar).</summary>
    private static CalendarSectionDeleteRequest DeleteMissingSection => new() { Type = CalendarType.User, OwnerId = 1, Id = 999_999 };

    [Fact]
    public async Task A_batch_of_120_commands_is_sent_as_three_calls_of_50_50_and_20_in_order()
    {
        var batch = Client.CreateBatch();
        var commands = Enumerable.Range(1, 120).Select(id => batch.Add(B24Methods.CrmDealList, Deal(id, "ID", "TITLE"))).ToList();

        await batch.ExecuteAsync();

        Assert.Equal(3, Emulator.Requests.Count);
        var calls = BatchCalls(Emulator);
        Assert.Equal([50, 50, 20], calls.Select(call => Commands(call).Count));
        Assert.Equal(Enumerable.Range(0, 120).Select(i => "cmd" + i), calls.SelectMany(call => Commands(call).Select(c => c.Key)));
        Assert.Equal("crm.deal.list?select[0]=ID&select[1]=TITLE&filter[ID]=1", Commands(calls[0])[0].Value);
        Assert.Equal("crm.deal.list?select[0]=ID&select[1]=TITLE&filter[ID]=120", Commands(calls[2])[19].Value);
        Assert.All(calls, call => Assert.Equal(0, Halt(call)));
        Assert.Equal(120, Emulator.ExecutedCommands.Count);

        for (var i = 0; i < 120; i++)
        {
            var command = commands[i];
            Assert.Equal("cmd" + i, command.Name);
            Assert.Equal("crm.deal.list", command.Method);
            Assert.Equal(B24BatchCommandStatus.Succeeded, command.Status);
            Assert.True(command.IsSuccess);
            Assert.Null(command.Error);
            var deal = Assert.Single(command.Value);
            Assert.Equal(i + 1, deal.Id);
            Assert.Equal($"Deal #{i + 1}", deal.Title);
            Assert.Equal(1, command.Total);
            Assert.Null(command.Next);
            Assert.NotNull(command.Time);
        }
    }

    [Fact]
    public async Task Commands_of_different_methods_get_their_own_typed_results_total_and_next()
    {
        var batch = Client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections, "sections");
        var settings = batch.Add(B24Methods.CalendarUserSettingsGet, new CalendarUserSettingsGetRequest(), "settings");
        var firstPage = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest { Select = ["ID"] }, "deals");

        await batch.ExecuteAsync();

        Assert.Equal([190L, 191L, 192L], sections.Value.Select(s => s.Id));
        Assert.Equal("Europe/Berlin", settings.Value.TimezoneName);
        Assert.Equal(50, firstPage.Value.Count);
        Assert.Equal(200, firstPage.Total);
        Assert.Equal(50, firstPage.Next);
        Assert.Null(sections.Total);
        Assert.Equal(["sections", "settings", "deals"], batch.Commands.Select(c => c.Name));
        Assert.Equal("calendar.section.get?type=user&ownerId=1", Commands(Assert.Single(BatchCalls(Emulator)))[0].Value);
    }

    [Fact]
    public async Task Failing_commands_get_their_mapped_error_while_the_others_succeed_in_every_call()
    {
        var batch = Client.CreateBatch();
        var commands = new List<B24BatchCommand>();
        for (var i = 0; i < 60; i++)
        {
            commands.Add(i % 10 == 3 ? batch.Add(B24Methods.CalendarSectionDelete, DeleteMissingSection) : batch.Add(B24Methods.CrmDealList, Deal(i + 1)));
        }

        await batch.ExecuteAsync();

        Assert.Equal(2, BatchCalls(Emulator).Count);
        for (var i = 0; i < 60; i++)
        {
            if (i % 10 == 3)
            {
                var failed = (B24BatchCommand<bool>)commands[i];
                Assert.Equal(B24BatchCommandStatus.Failed, failed.Status);
                Assert.False(failed.IsSuccess);
                var error = Assert.IsType<B24MethodException>(failed.Error);
                Assert.Equal("Access denied.", error.Description);
                Assert.Equal("", error.Code);
                Assert.Equal("calendar.section.delete", error.Method);
                Assert.Equal(200, error.HttpStatus); // the batch answer's status
                Assert.Same(error, Assert.Throws<B24MethodException>(() => failed.Value));
            }
            else
            {
                var deal = Assert.Single(((B24BatchCommand<IReadOnlyList<CrmDeal>>)commands[i]).Value);
                Assert.Equal(i + 1, deal.Id);
            }
        }
    }

    [Fact]
    public async Task Halt_stops_at_the_first_failing_command_and_later_calls_are_not_sent()
    {
        var batch = Client.CreateBatch(halt: true);
        var before = batch.Add(B24Methods.CrmDealList, Deal(1));
        var failing = batch.Add(B24Methods.CalendarSectionDelete, DeleteMissingSection);
        var after = batch.Add(B24Methods.CrmDealList, Deal(2));
        var laterCall = Enumerable.Range(3, 60).Select(id => batch.Add(B24Methods.CrmDealList, Deal(id))).ToList();

        await batch.ExecuteAsync();

        var call = Assert.Single(BatchCalls(Emulator));
        Assert.Equal(1, Halt(call));
        Assert.Equal(2, Emulator.ExecutedCommands.Count);
        Assert.Equal(1, Assert.Single(before.Value).Id);
        Assert.Equal("Access denied.", Assert.IsType<B24MethodException>(failing.Error).Description);
        Assert.All(laterCall.Prepend(after), command =>
        {
            Assert.Equal(B24BatchCommandStatus.NotRun, command.Status);
            Assert.Null(command.Error);
            var exception = Assert.Throws<InvalidOperationException>(() => command.Value);
            Assert.Contains("did not run: the batch halted at the failed command 'cmd1'", exception.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Without_halt_a_failure_does_not_stop_the_batch()
    {
        var batch = Client.CreateBatch();
        var failing = batch.Add(B24Methods.CalendarSectionDelete, DeleteMissingSection);
        var after = batch.Add(B24Methods.CrmDealList, Deal(2));

        await batch.ExecuteAsync();

        Assert.Equal(0, Halt(Assert.Single(BatchCalls(Emulator))));
        Assert.NotNull(failing.Error);
        Assert.Equal(2, Assert.Single(after.Value).Id);
    }

    [Fact]
    public async Task A_reference_within_one_call_is_left_to_the_portal()
    {
        var batch = Client.CreateBatch();
        var first = batch.Add(B24Methods.CrmDealList, Deal(7, "ID"));
        var second = batch.Add(B24Methods.CrmDealList, Deal(3, "ID", "TITLE")).Bind("filter[ID]", first.Field("0", "ID"));

        await batch.ExecuteAsync();

        Assert.Equal("crm.deal.list?select[0]=ID&select[1]=TITLE&filter[ID]=$result[cmd0][0][ID]", Commands(Assert.Single(BatchCalls(Emulator)))[1].Value);
        var deal = Assert.Single(second.Value);
        Assert.Equal(7, deal.Id);
        Assert.Equal("Deal #7", deal.Title);
    }

    [Fact]
    public async Task A_reference_to_a_command_of_an_earlier_call_is_filled_in_from_its_result()
    {
        var batch = Client.CreateBatch();
        var first = batch.Add(B24Methods.CrmDealList, Deal(7, "ID"));
        for (var i = 0; i < 49; i++)
        {
            batch.Add(B24Methods.CrmDealList, Deal(1, "ID"));
        }

        var crossCall = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest { Select = ["ID", "TITLE"] }).Bind("filter[ID]", first.Field("0", "ID"));
        var missing = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest { Select = ["ID"] }).Bind("filter[ID]", first.Field("5", "ID"));
        var sameCall = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest { Select = ["ID"] }).Bind("filter[<ID]", crossCall.Field("0", "ID"));

        await batch.ExecuteAsync();

        var secondCall = Commands(BatchCalls(Emulator)[1]);
        Assert.Equal(["cmd50", "cmd51", "cmd52"], secondCall.Select(c => c.Key));
        Assert.Equal("crm.deal.list?select[0]=ID&select[1]=TITLE&filter[ID]=7", secondCall[0].Value);
        Assert.Equal("crm.deal.list?select[0]=ID&filter[ID]=", secondCall[1].Value); // missing: empty, as on the portal
        Assert.Equal("crm.deal.list?select[0]=ID&filter[<ID]=$result[cmd50][0][ID]", secondCall[2].Value);
        Assert.Equal("Deal #7", Assert.Single(crossCall.Value).Title);
        Assert.Empty(missing.Value);
        Assert.Equal([1L, 2, 3, 4, 5, 6], sameCall.Value.Select(d => d.Id));
    }

    [Fact]
    public async Task The_docs_error_answer_with_empty_maps_as_lists_maps_each_error()
    {
        // Verbatim from the docs (batch.md, halt = 0): "result", "result_total", "result_next" and "result_time" are [].
        Serve(200, """
            {
                "result": {
                    "result": [],
                    "result_error": {
                        "get_user": { "error": "insufficient_scope", "error_description": "" },
                        "get_department": { "error": "insufficient_scope", "error_description": "" }
                    },
                    "result_total": [],
                    "result_next": [],
                    "result_time": []
                },
                "time": { "start": 1724916638.077564, "finish": 1724916638.132399, "duration": 0.05483508110046387, "processing": 0.0017969608306884766, "date_start": "2024-08-29T10:30:38+03:00", "date_finish": "2024-08-29T10:30:38+03:00" }
            }
            """, method: "batch");
        var batch = Client.CreateBatch();
        var user = batch.Add(B24Methods.CalendarUserSettingsGet, new CalendarUserSettingsGetRequest(), "get_user");
        var department = batch.Add(B24Methods.CalendarSectionGet, UserOneSections, "get_department");

        await batch.ExecuteAsync();

        foreach (var command in new B24BatchCommand[] { user, department })
        {
            var error = Assert.IsType<B24AccessDeniedException>(command.Error);
            Assert.Equal("insufficient_scope", error.Code);
            Assert.Equal("", error.Description);
            Assert.Equal(command.Method, error.Method);
        }
    }

    [Fact]
    public async Task The_docs_success_answer_gives_each_command_its_result_total_and_time()
    {
        // Verbatim from the docs (batch.md): "result_error": [] and "result_next": [].
        Serve(200, """
            {
                "result": {
                    "result": {
                        "get_user": { "ID": "1", "ACTIVE": true, "NAME": "John", "LAST_NAME": "Doe", "UF_DEPARTMENT": [1] },
                        "get_department": [ { "ID": "1", "NAME": "DEMO", "SORT": 500 } ]
                    },
                    "result_error": [],
                    "result_total": { "get_department": 1 },
                    "result_next": [],
                    "result_time": {
                        "get_user": { "start": 1724916859.46156, "finish": 1724916859.464775, "duration": 0.0032150745391845703, "processing": 0.003075838088989258, "date_start": "2024-08-29T10:34:19+03:00", "date_finish": "2024-08-29T10:34:19+03:00" },
                        "get_department": { "start": 1724916859.464944, "finish": 1724916859.471518, "duration": 0.006574153900146484, "processing": 0.005941152572631836, "date_start": "2024-08-29T10:34:19+03:00", "date_finish": "2024-08-29T10:34:19+03:00" }
                    }
                },
                "time": { "start": 1724916859.421475, "finish": 1724916859.471588, "duration": 0.05011296272277832, "processing": 0.010200977325439453, "date_start": "2024-08-29T10:34:19+03:00", "date_finish": "2024-08-29T10:34:19+03:00" }
            }
            """, method: "batch");
        var userGet = new B24Method<CrmDealListRequest, System.Text.Json.JsonElement>("user.get", B24MethodKind.Read, CrmDealListRequest.JsonType, Serialization.B24JsonType.Any);
        var departmentGet = new B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>>("department.get", B24MethodKind.Read, CrmDealListRequest.JsonType, B24Methods.CrmDealList.Result);
        var batch = Client.CreateBatch();
        var user = batch.Add(userGet, new CrmDealListRequest(), "get_user");
        var department = batch.Add(departmentGet, new CrmDealListRequest(), "get_department");

        await batch.ExecuteAsync();

        Assert.Equal("John", user.Value.GetProperty("NAME").GetString());
        Assert.Null(user.Error);
        Assert.Null(user.Total);
        Assert.Equal(0.0032150745391845703, user.Time!.Duration);
        Assert.Equal(1, Assert.Single(department.Value).Id);
        Assert.Equal(1, department.Total);
        Assert.Null(department.Next);
        Assert.Equal(new DateTimeOffset(2024, 8, 29, 10, 34, 19, TimeSpan.FromHours(3)), department.Time!.DateStart);
    }

    [Fact]
    public async Task A_result_of_the_wrong_shape_fails_only_its_command_with_the_json_path()
    {
        Serve(200, """{"result":{"result":{"cmd0":[{"ID":"abc"}],"cmd1":[{"ID":"2"}]},"result_error":[],"result_total":[],"result_next":[],"result_time":[]}}""", method: "batch");
        var batch = Client.CreateBatch();
        var broken = batch.Add(B24Methods.CrmDealList, Deal(1));
        var fine = batch.Add(B24Methods.CrmDealList, Deal(2));

        await batch.ExecuteAsync();

        var error = Assert.IsType<B24ResponseFormatException>(broken.Error);
        Assert.Equal("$.result.result.cmd0[0].ID", error.JsonPath);
        Assert.Equal("crm.deal.list", error.Method);
        Assert.Equal(2, Assert.Single(fine.Value).Id);
    }

    [Fact]
    public async Task A_command_the_answer_does_not_mention_did_not_run()
    {
        Serve(200, """{"result":{"result":{"cmd0":[]},"result_error":[],"result_total":[],"result_next":[],"result_time":[]}}""", method: "batch");
        var batch = Client.CreateBatch();
        var answered = batch.Add(B24Methods.CrmDealList, Deal(1));
        var forgotten = batch.Add(B24Methods.CrmDealList, Deal(2));

        await batch.ExecuteAsync();

        Assert.Empty(answered.Value);
        Assert.Equal(B24BatchCommandStatus.NotRun, forgotten.Status);
        Assert.Contains("neither a result nor an error", Assert.Throws<InvalidOperationException>(() => forgotten.Value).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_a_call_fails_as_a_whole_earlier_calls_keep_their_results_and_the_rest_did_not_run()
    {
        var batch = Client.CreateBatch();
        var commands = Enumerable.Range(1, 120).Select(id => batch.Add(B24Methods.CrmDealList, Deal(id))).ToList();
        Emulator.EnqueueFault(new FaultResponse(200, "") { ForMethod = "batch", PassThrough = true });
        Serve(503, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""", method: "batch");

        var exception = await Assert.ThrowsAsync<B24QueryLimitException>(() => batch.ExecuteAsync());

        Assert.Equal("batch", exception.Method);
        Assert.All(commands.Take(50), command => Assert.True(command.IsSuccess));
        Assert.All(commands.Skip(50), command =>
        {
            Assert.Equal(B24BatchCommandStatus.NotRun, command.Status);
            Assert.Contains("its call for commands 51-100 (of 120) failed", Assert.Throws<InvalidOperationException>(() => command.Value).Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_batch_runs_once_and_cannot_change_afterwards()
    {
        var batch = Client.CreateBatch();
        var command = batch.Add(B24Methods.CrmDealList, Deal(1));
        Assert.Contains("has not run: execute the batch first", Assert.Throws<InvalidOperationException>(() => command.Value).Message, StringComparison.Ordinal);
        Assert.Equal(B24BatchCommandStatus.Pending, command.Status);

        await batch.ExecuteAsync();

        Assert.True(batch.IsExecuted);
        await Assert.ThrowsAsync<InvalidOperationException>(() => batch.ExecuteAsync());
        Assert.Throws<InvalidOperationException>(() => batch.Add(B24Methods.CrmDealList, Deal(2)));
        Assert.Single(BatchCalls(Emulator));
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        await Client.CreateBatch().ExecuteAsync();

        Assert.Empty(Emulator.Requests);
    }

    [Fact]
    public async Task An_oauth_batch_carries_the_access_token_once_for_all_commands()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);

        await batch.ExecuteAsync();

        Assert.Equal(3, sections.Value.Count);
        var body = Assert.Single(BatchCalls(Emulator)).Body;
        Assert.Contains("\"auth\":\"" + Emulator.AccessToken + "\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("auth=", Commands(Assert.Single(BatchCalls(Emulator)))[0].Value, StringComparison.Ordinal);
    }
}
