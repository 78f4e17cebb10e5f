using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary>Online events: what the portal POSTs to a bound handler, when, and what it records.</summary>
public sealed class EventDeliveryTests : EventFixture
{
    private const string ApplicationToken = "51856fefc120afa4b628cc82d3935cce";

    protected override PortalEmulatorOptions CreateOptions() => new() { ApplicationToken = ApplicationToken };

    [Fact]
    public async Task A_calendar_event_add_posts_one_form_body_with_the_documented_keys_to_the_bound_handler()
    {
        await using var receiver = await EventReceiver.StartAsync();
        await BindAsync("OnCalendarEntryAdd", receiver.Url());

        var id = await AddCalendarEventAsync();
        var delivery = await Emulator.Events.WaitForDeliveryAsync(d => d.Code == "ONCALENDARENTRYADD");

        var post = Assert.Single(receiver.Posts);
        Assert.Equal("application/x-www-form-urlencoded", post.ContentType);
        var port = Emulator.BaseAddress.Port.ToString(CultureInfo.InvariantCulture);
        var expected = $"event=ONCALENDARENTRYADD&event_handler_id=1&data%5Bid%5D={id}&ts={T0.ToUnixTimeSeconds()}"
            + "&auth%5Baccess_token%5D=emulator-access-token&auth%5Bexpires_in%5D=3600&auth%5Bscope%5D=calendar"
            + $"&auth%5Bdomain%5D=127.0.0.1%3A{port}&auth%5Bserver_endpoint%5D=http%3A%2F%2F127.0.0.1%3A{port}%2Foauth%2Frest%2F"
            + $"&auth%5Bstatus%5D=L&auth%5Bclient_endpoint%5D=http%3A%2F%2F127.0.0.1%3A{port}%2Frest%2F"
            + $"&auth%5Bmember_id%5D=emulatormember000000000000000000&auth%5Bapplication_token%5D={ApplicationToken}";
        Assert.Equal(expected, post.Body);
        Assert.Equal(expected, delivery.Body);
        Assert.Equal(200, delivery.StatusCode);
        Assert.True(delivery.Succeeded);
        Assert.Equal(receiver.Url(), delivery.HandlerUrl);
        Assert.Equal(1, delivery.HandlerId);

        // What PHP's $_POST makes of it: the docs' JSON example, every value a string.
        var form = Form(post.Body);
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), form["data"]!["id"]!.GetValue<string>());
        Assert.Equal(Emulator.ClientEndpoint, form["auth"]!["client_endpoint"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unbind_answers_the_count_and_stops_deliveries()
    {
        await using var receiver = await EventReceiver.StartAsync();
        await BindAsync("ONCALENDARENTRYADD", receiver.Url());
        await BindAsync("ONCRMDEALADD", receiver.Url());

        var unbound = await AppAsync("event.unbind", $$"""{"event":"oncalendarentryadd","handler":"{{receiver.Url()}}"}""");
        Assert.Equal(HttpStatusCode.OK, unbound.Status);
        JsonAssert.Same("""{"count":1}""", unbound.Json["result"]!.ToJsonString());

        await AddCalendarEventAsync();
        await AddDealAsync("After the unbind");

        // One handler URL gets its events in the order they were raised: the deal event comes after anything the
        // calendar event could have sent.
        await Emulator.Events.WaitForDeliveryAsync(d => d.Code == "ONCRMDEALADD");
        Assert.Equal(["ONCRMDEALADD"], receiver.Posts.Select(post => Form(post.Body)["event"]!.GetValue<string>()));
        JsonAssert.Same("""{"count":0}""", (await AppAsync("event.unbind", $$"""{"event":"ONCALENDARENTRYADD","handler":"{{receiver.Url()}}"}""")).Json["result"]!.ToJsonString());
    }

    [Fact]
    public async Task Deal_add_update_and_delete_raise_their_events_with_the_deal_ID_in_FIELDS()
    {
        await using var receiver = await EventReceiver.StartAsync();
        foreach (var code in new[] { "ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE" })
        {
            await BindAsync(code, receiver.Url());
        }

        var id = await AddDealAsync("New Deal #1");
        var updated = await AppAsync("crm.deal.update", $$$"""{"id":{{{id}}},"fields":{"STAGE_ID":"WON","OPPORTUNITY":1500}}""");
        var read = await AppAsync("crm.deal.get", $$"""{"ID":"{{id}}"}""");
        var deleted = await AppAsync("crm.deal.delete", $$"""{"id":{{id}}}""");
        await Emulator.Events.WaitForDeliveryAsync(d => d.Code == "ONCRMDEALDELETE");

        Assert.True(updated.Json["result"]!.GetValue<bool>());
        Assert.Equal("New Deal #1", read.Json["result"]!["TITLE"]!.GetValue<string>());
        Assert.Equal("1500.00", read.Json["result"]!["OPPORTUNITY"]!.GetValue<string>());
        Assert.Equal("S", read.Json["result"]!["STAGE_SEMANTIC_ID"]!.GetValue<string>());
        Assert.True(deleted.Json["result"]!.GetValue<bool>());
        var forms = receiver.Posts.Select(post => Form(post.Body)).ToArray();
        Assert.Equal(["ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE"], forms.Select(form => form["event"]!.GetValue<string>()));
        Assert.All(forms, form => Assert.Equal(id.ToString(CultureInfo.InvariantCulture), form["data"]!["FIELDS"]!["ID"]!.GetValue<string>()));
        Assert.All(forms, form => Assert.Equal("crm", form["auth"]!["scope"]!.GetValue<string>()));

        var gone = await AppAsync("crm.deal.get", $$"""{"id":{{id}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, gone.Status);
        Assert.Equal("""{"error":"","error_description":"Not found"}""", gone.Text);
    }

    [Fact]
    public async Task Calendar_section_add_update_and_delete_raise_the_section_events()
    {
        await using var receiver = await EventReceiver.StartAsync();
        foreach (var code in new[] { "ONCALENDARSECTIONADD", "ONCALENDARSECTIONUPDATE", "ONCALENDARSECTIONDELETE" })
        {
            await BindAsync(code, receiver.Url());
        }

        var id = (await AppAsync("calendar.section.add", """{"type":"user","ownerId":1,"name":"Team"}""")).Json["result"]!.GetValue<long>();
        await AppAsync("calendar.section.update", $$"""{"type":"user","ownerId":1,"id":{{id}},"name":"Team 2"}""");
        await AppAsync("calendar.section.delete", $$"""{"type":"user","ownerId":1,"id":{{id}}}""");
        await Emulator.Events.WaitForDeliveryAsync(d => d.Code == "ONCALENDARSECTIONDELETE");

        var forms = receiver.Posts.Select(post => Form(post.Body)).ToArray();
        Assert.Equal(["ONCALENDARSECTIONADD", "ONCALENDARSECTIONUPDATE", "ONCALENDARSECTIONDELETE"], forms.Select(form => form["event"]!.GetValue<string>()));
        Assert.All(forms, form => Assert.Equal(id.ToString(CultureInfo.InvariantCulture), form["data"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_test_raises_any_declared_code_by_hand_and_a_redelivery_sends_the_same_body_again()
    {
        await using var receiver = await EventReceiver.StartAsync();
        Emulator.Events.Declare("OnMyAppThing", "crm");
        await BindAsync("ONMYAPPTHING", receiver.Url());

        var raised = await Emulator.Events.RaiseAsync("onMyAppThing", new JsonObject { ["list"] = new JsonArray("a b", "~ü"), ["flag"] = true, ["none"] = null });
        var again = await Emulator.Events.RedeliverLastAsync();

        var first = Assert.Single(raised);
        Assert.Equal("ONMYAPPTHING", first.Code);
        Assert.StartsWith("event=ONMYAPPTHING&event_handler_id=1&data%5Blist%5D%5B0%5D=a+b&data%5Blist%5D%5B1%5D=%7E%C3%BC&data%5Bflag%5D=1&ts=", first.Body, StringComparison.Ordinal);
        Assert.True(again.IsRedelivery);
        Assert.Equal(first.Body, again.Body);
        Assert.Equal([first.Body, first.Body], receiver.Posts.Select(post => post.Body));
        Assert.Equal(2, Emulator.Events.Deliveries.Count);

        // A code nothing is bound to reaches nobody; it is not an error.
        Assert.Empty(await Emulator.Events.RaiseAsync("ONSOMETHINGUNKNOWN", []));
    }

    [Fact]
    public async Task An_event_no_user_raised_carries_no_tokens()
    {
        await using var receiver = await EventReceiver.StartAsync();
        await BindAsync("ONCRMDEALADD", receiver.Url());

        var delivery = Assert.Single(await Emulator.Events.RaiseAsync("ONCRMDEALADD", new JsonObject { ["FIELDS"] = new JsonObject { ["ID"] = 7 } }, userId: null));

        var auth = Form(delivery.Body)["auth"]!.AsObject();
        Assert.False(auth.ContainsKey("access_token"));
        Assert.False(auth.ContainsKey("expires_in"));
        Assert.Equal(ApplicationToken, auth["application_token"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unreachable_or_failing_handler_is_recorded_once_and_the_REST_call_still_succeeds()
    {
        await using var receiver = await EventReceiver.StartAsync();
        const string unreachable = "http://127.0.0.1:1/hook";
        await BindAsync("ONCALENDARENTRYADD", unreachable);
        await BindAsync("ONCALENDARENTRYADD", receiver.Url("fail"));

        await AddCalendarEventAsync();
        var refused = await Emulator.Events.WaitForDeliveryAsync(d => d.HandlerUrl == unreachable);
        var failed = await Emulator.Events.WaitForDeliveryAsync(d => d.HandlerUrl == receiver.Url("fail"));

        Assert.Null(refused.StatusCode);
        Assert.False(string.IsNullOrEmpty(refused.Error));
        Assert.False(refused.Succeeded);
        Assert.Equal(500, failed.StatusCode);
        Assert.False(failed.Succeeded);
        Assert.Single(receiver.Posts);
    }

    [Fact]
    public async Task Stopping_the_emulator_fails_a_pending_wait_instead_of_hanging()
    {
        var waiting = Emulator.Events.WaitForDeliveryAsync(d => d.Code == "ONNEVER");

        await Emulator.DisposeAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => waiting);
    }

    [Fact]
    public async Task RedeliverLast_without_a_delivery_is_refused()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Emulator.Events.RedeliverLastAsync());
    }
}
