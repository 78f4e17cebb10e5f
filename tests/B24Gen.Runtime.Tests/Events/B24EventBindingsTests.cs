using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Events;

/// <summary>
/// A handler URL's bindings made what the app handles: missing codes bound, unwanted ones unbound, other URLs' and
/// offline bindings left alone, and nothing done the second time. The portal's binding table is scripted here
/// (<see cref="ScriptedBindings"/>, as the docs describe <c>event.get</c>, <c>event.bind</c> and <c>event.unbind</c>),
/// so it can hold what a test needs: other apps' URLs, offline bindings, several users' bindings of one code.
/// </summary>
public sealed class B24EventBindingsTests : EmulatorTest
{
    private const string Handler = "https://app.example.com/b24/events";
    private const string OtherHandler = "https://other.example.com/hook";

    private ScriptedBindings _bindings = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _bindings = new ScriptedBindings(Emulator.Methods);
    }

    [Fact]
    public async Task The_missing_codes_are_bound_and_a_second_sync_changes_nothing()
    {
        var first = await B24EventBindings.SyncAsync(Client, Handler, ["ONCRMDEALADD", "ONCALENDARENTRYADD"]);
        var callsAfterFirst = _bindings.Changes;
        var second = await B24EventBindings.SyncAsync(Client, Handler, ["ONCRMDEALADD", "ONCALENDARENTRYADD"]);

        Assert.Equal(["ONCRMDEALADD", "ONCALENDARENTRYADD"], first.Bound);
        Assert.Empty(first.Unbound);
        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal(["ONCRMDEALADD", "ONCALENDARENTRYADD"], second.Kept);
        Assert.Equal(callsAfterFirst, _bindings.Changes);
        Assert.Equal(["ONCALENDARENTRYADD", "ONCRMDEALADD"], _bindings.Online(Handler));
    }

    [Fact]
    public async Task Codes_no_longer_wanted_are_unbound_but_other_urls_and_offline_bindings_are_never_touched()
    {
        _bindings.Add("ONCRMDEALADD", Handler);
        _bindings.Add("ONCRMDEALDELETE", Handler);
        _bindings.Add("ONCRMDEALDELETE", OtherHandler);
        _bindings.Add("ONCRMDEALUPDATE", string.Empty, offline: true);

        var changes = await B24EventBindings.SyncAsync(Client, Handler, ["ONCRMDEALADD"]);

        Assert.Equal(["ONCRMDEALDELETE"], changes.Unbound);
        Assert.Equal(["ONCRMDEALADD"], changes.Kept);
        Assert.Empty(changes.Bound);
        Assert.Equal(["ONCRMDEALADD"], _bindings.Online(Handler));
        Assert.Equal(["ONCRMDEALDELETE"], _bindings.Online(OtherHandler));
        Assert.Single(_bindings.All, b => b.Offline && b.Code == "ONCRMDEALUPDATE");
        Assert.Equal("bound none; unbound ONCRMDEALDELETE; kept ONCRMDEALADD", changes.ToString());
    }

    [Fact]
    public async Task Codes_compare_ignoring_case_and_the_url_by_what_the_portal_posts_to()
    {
        _bindings.Add("OnCrmDealAdd", "https://APP.example.com/b24/events");

        var changes = await B24EventBindings.SyncAsync(Client, Handler, ["oncrmdealadd", "ONCRMDEALADD"]);

        Assert.False(changes.Changed);
        Assert.Equal(["ONCRMDEALADD"], changes.Kept);
    }

    [Fact]
    public async Task One_unbind_removes_a_code_bound_for_several_users()
    {
        _bindings.Add("ONCRMDEALADD", Handler, authType: "0");
        _bindings.Add("ONCRMDEALADD", Handler, authType: "15");

        var changes = await B24EventBindings.SyncAsync(Client, Handler, []);

        Assert.Equal(["ONCRMDEALADD"], changes.Unbound);
        Assert.Empty(_bindings.Online(Handler));
        Assert.Single(Emulator.Requests, r => r.RestMethod == "event.unbind");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    public async Task A_portal_with_no_bindings_may_answer_an_empty_list_or_an_empty_object(string empty)
    {
        Serve(200, $$$"""{"result":{{{empty}}},"time":{"start":1,"finish":1,"duration":0,"processing":0,"date_start":"2024-07-18T12:19:01+02:00","date_finish":"2024-07-18T12:19:01+02:00"}}""", method: "event.get");

        var changes = await B24EventBindings.SyncAsync(Client, Handler, ["ONCRMDEALADD"]);

        Assert.Equal(["ONCRMDEALADD"], changes.Bound);
    }

    [Fact]
    public async Task A_listing_that_is_not_bindings_is_a_response_format_error_and_nothing_is_changed()
    {
        Serve(200, """{"result":"yes","time":{"start":1,"finish":1,"duration":0,"processing":0,"date_start":"2024-07-18T12:19:01+02:00","date_finish":"2024-07-18T12:19:01+02:00"}}""", method: "event.get");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => B24EventBindings.SyncAsync(Client, Handler, ["ONCRMDEALADD"]));

        Assert.Equal("$.result", error.JsonPath);
        Assert.Equal(0, _bindings.Changes);
    }

    [Theory]
    [InlineData("/b24/events")]
    [InlineData("ftp://app.example.com/b24/events")]
    [InlineData(" ")]
    public async Task A_handler_url_that_is_not_absolute_http_is_refused_before_any_call(string url)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => B24EventBindings.SyncAsync(Client, url, ["ONCRMDEALADD"]));

        Assert.Empty(Emulator.Requests);
    }

    [Fact]
    public async Task An_empty_code_is_refused_before_any_call()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => B24EventBindings.SyncAsync(Client, Handler, ["ONCRMDEALADD", ""]));

        Assert.Empty(Emulator.Requests);
    }

    /// <summary>A portal's binding table behind <c>event.get</c>, <c>event.bind</c> and <c>event.unbind</c>, as their docs describe them.</summary>
    private sealed class ScriptedBindings
    {
        private readonly List<Row> _rows = [];
        private readonly Lock _gate = new();

        public ScriptedBindings(MethodRegistry methods)
        {
            methods.Register("event.get", _ => MethodResult.Success(List()));
            methods.Register("event.bind", context => Bind(context.Parameters.GetString("event")!, context.Parameters.GetString("handler")!));
            methods.Register("event.unbind", context => Unbind(context.Parameters.GetString("event")!, context.Parameters.GetString("handler")!));
        }

        /// <summary>How many binds and unbinds were served.</summary>
        public int Changes { get; private set; }

        public IReadOnlyList<Row> All
        {
            get
            {
                lock (_gate)
                {
                    return [.. _rows];
                }
            }
        }

        public void Add(string code, string handler, string authType = "0", bool offline = false)
        {
            lock (_gate)
            {
                _rows.Add(new Row(code, handler, authType, offline));
            }
        }

        public IReadOnlyList<string> Online(string handler) =>
            [.. All.Where(r => !r.Offline && r.Handler == handler).Select(r => r.Code.ToUpperInvariant()).Order(StringComparer.Ordinal)];

        private JsonArray List()
        {
            var list = new JsonArray();
            foreach (var row in All)
            {
                list.Add(new JsonObject { ["event"] = row.Code, ["handler"] = row.Handler, ["auth_type"] = row.AuthType, ["offline"] = row.Offline ? 1 : 0 });
            }

            return list;
        }

        private MethodResult Bind(string code, string handler)
        {
            lock (_gate)
            {
                Changes++;
                if (_rows.Any(r => !r.Offline && r.Handler == handler && string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)))
                {
                    return MethodResult.Error(400, "ERROR_CORE", "Handler already binded");
                }

                _rows.Add(new Row(code.ToUpperInvariant(), handler, "0", false));
                return MethodResult.Success(true);
            }
        }

        private MethodResult Unbind(string code, string handler)
        {
            lock (_gate)
            {
                Changes++;
                var count = _rows.RemoveAll(r => !r.Offline && r.Handler == handler && string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
                return MethodResult.Success(new JsonObject { ["count"] = count });
            }
        }
    }

    private sealed record Row(string Code, string Handler, string AuthType, bool Offline);
}

/// <summary>The same sync against the emulator's own binding table, with the application's OAuth token it requires.</summary>
public sealed class B24EventBindingsEmulatorTests : EmulatorTest
{
    [Fact]
    public async Task A_sync_against_the_portal_binds_once_and_unbinds_what_is_no_longer_wanted()
    {
        const string handler = "https://app.example.com/b24/events";
        using var app = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));

        var first = await B24EventBindings.SyncAsync(app, handler, ["ONCALENDARENTRYADD", "ONCALENDARENTRYDELETE"]);
        var again = await B24EventBindings.SyncAsync(app, handler, ["oncalendarentryadd", "ONCALENDARENTRYDELETE"]);
        var fewer = await B24EventBindings.SyncAsync(app, handler, ["ONCALENDARENTRYADD"]);

        Assert.Equal(["ONCALENDARENTRYADD", "ONCALENDARENTRYDELETE"], first.Bound);
        Assert.False(again.Changed);
        Assert.Equal(["ONCALENDARENTRYDELETE"], fewer.Unbound);
        Assert.Equal([("ONCALENDARENTRYADD", handler)], Emulator.Events.Bindings.Select(b => (b.Code, b.HandlerUrl)));
    }

    [Fact]
    public async Task A_webhook_cannot_bind_and_the_portals_refusal_is_thrown() =>
        await Assert.ThrowsAsync<B24AccessDeniedException>(() => B24EventBindings.SyncAsync(Client, "https://app.example.com/b24/events", ["ONCALENDARENTRYADD"]));
}
