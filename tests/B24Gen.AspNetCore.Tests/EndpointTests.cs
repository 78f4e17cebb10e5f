using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace B24Gen.AspNetCore.Tests;

/// <summary>
/// What the endpoint answers, runs and logs for each kind of request: an event of the configured portal, a forged or
/// missing token, bodies that are not events, the wrong method or content type, duplicates, unknown events and
/// failing handlers. The portal is the emulator, configured by its webhook; the test POSTs as the portal would.
/// </summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private PortalEmulator _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalEmulator.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task An_event_with_the_portals_token_reaches_its_typed_handler_which_calls_back_into_that_portal()
    {
        var received = new TaskCompletionSource<(long Id, string? Domain, int Sections)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(events => events.On<CalendarEntryAdded>(async (e, context, ct) =>
        {
            var sections = await context.Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 }, ct);
            received.SetResult((e.Id, e.Auth.Domain, sections.Count));
        }));

        using var response = await app.PostAsync(EventForm.For(_portal, "ONCALENDARENTRYADD", new JsonObject { ["id"] = "42" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (id, domain, sections) = await received.Task;
        Assert.Equal(42, id);
        Assert.Equal(_portal.BaseAddress.Authority, domain);
        Assert.True(sections > 0);
        Assert.Single(_portal.Requests, r => r.RestMethod == "calendar.section.get");
    }

    [Fact]
    public async Task A_forged_token_is_refused_with_401_the_handler_never_runs_and_the_log_names_the_event_but_no_token()
    {
        var runs = 0;
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.FromResult(Interlocked.Increment(ref runs))));

        using var response = await app.PostAsync(EventForm.For(_portal, "ONCRMDEALADD", auth: a => a["application_token"] = "forgedtoken0000000000000000forged"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, runs);
        var warning = Assert.Single(app.Logs.Entries, e => e.EventId == 103);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("ONCRMDEALADD", warning.Message, StringComparison.Ordinal);
        Assert.Contains(_portal.BaseAddress.Authority, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("forgedtoken", app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(_portal.Options.ApplicationToken, app.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_without_a_token_is_refused_with_401()
    {
        var runs = 0;
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.FromResult(Interlocked.Increment(ref runs))));

        using var response = await app.PostAsync(EventForm.For(_portal, "ONCRMDEALADD", auth: a => a.Remove("application_token")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, runs);
        Assert.Contains(app.Logs.Entries, e => e.EventId == 103 && e.Message.Contains("carries no application token", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("event=ONCRMDEALADD&data[a]x[b]=1", "text between its brackets")]
    [InlineData("event=ONCRMDEALADD&data[a[b]]=1", "text between its brackets")]
    [InlineData("auth[domain]=example.bitrix24.com&data[FIELDS][ID]=5", "no 'event'")]
    public async Task A_body_that_is_not_an_event_is_refused_with_400_and_the_log_says_what_was_wrong(string body, string problem)
    {
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.CompletedTask));

        using var response = await app.PostAsync(body + "&auth[application_token]=" + _portal.Options.ApplicationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single(app.Logs.Entries, e => e.EventId == 104);
        Assert.Contains(problem, line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_portal.Options.ApplicationToken, app.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_nested_deeper_than_phps_limit_is_refused_with_400()
    {
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.CompletedTask));

        using var response = await app.PostAsync("event=ONCRMDEALADD&data" + string.Concat(Enumerable.Repeat("[a]", 70)) + "=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(app.Logs.Entries, e => e.EventId == 104 && e.Message.Contains("nests deeper than 64 levels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_whether_or_not_its_length_was_announced()
    {
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.CompletedTask), o => o.MaxBodyBytes = 1000);
        var body = EventForm.For(_portal, "ONCRMDEALADD", new JsonObject { ["FIELDS"] = new JsonObject { ["TITLE"] = new string('x', 2000) } });

        using var announced = await app.PostAsync(body);
        using var chunked = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        chunked.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, EventApp.Path) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(2, app.Logs.Entries.Count(e => e.EventId == 105));
    }

    [Fact]
    public async Task Another_content_type_is_refused_with_415_and_a_missing_one_is_read()
    {
        var runs = 0;
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.FromResult(Interlocked.Increment(ref runs))));
        var body = EventForm.For(_portal, "ONCRMDEALADD");

        using var json = await app.PostAsync(body, "application/json");
        using var none = await app.PostAsync(body, contentType: null);
        using var withCharset = await app.PostAsync(body, "application/x-www-form-urlencoded; charset=utf-8");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCharset.StatusCode);
        Assert.Equal(2, runs);
        Assert.Single(app.Logs.Entries, e => e.EventId == 106 && e.Message.Contains("application/json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_get_is_not_allowed()
    {
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.CompletedTask));

        using var response = await app.Http.GetAsync(EventApp.Path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_same_delivery_twice_is_answered_200_twice_and_runs_the_handler_twice()
    {
        // The portal's queue may deliver an event twice: idempotency is the handler's (documented on MapB24Events).
        var runs = 0;
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.FromResult(Interlocked.Increment(ref runs))));
        var body = EventForm.For(_portal, "ONCRMDEALADD");

        using var first = await app.PostAsync(body);
        using var second = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task An_event_no_handler_types_goes_raw_to_OnUnknown()
    {
        var unknown = new TaskCompletionSource<B24RawEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(events => events
            .On<CrmDealAdded>((_, _, _) => Task.CompletedTask)
            .OnUnknown((e, _, _) => Task.FromResult(unknown.TrySetResult(e))));

        using var response = await app.PostAsync(EventForm.For(_portal, "OnTaskAdd", new JsonObject { ["FIELDS_AFTER"] = new JsonObject { ["ID"] = "9" } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = await unknown.Task;
        Assert.Equal("ONTASKADD", e.Code);
        Assert.Equal("9", e.RawData.GetProperty("FIELDS_AFTER").GetProperty("ID").GetString());
    }

    [Fact]
    public async Task An_event_nobody_handles_is_answered_200_and_logged_so_it_is_not_lost_silently()
    {
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.CompletedTask));

        using var response = await app.PostAsync(EventForm.For(_portal, "ONTASKADD"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(app.Logs.Entries, e => e.EventId == 102);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.StartsWith("No handler for ONTASKADD from " + _portal.BaseAddress.Authority, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_that_throws_is_answered_500_and_logged_with_its_exception_but_no_token()
    {
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => throw new InvalidOperationException("The CRM mirror is down.")));

        using var response = await app.PostAsync(EventForm.For(_portal, "ONCRMDEALADD", auth: a =>
        {
            a["access_token"] = "useraccesstoken123";
            a["refresh_token"] = "userrefreshtoken456";
        }));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var line = Assert.Single(app.Logs.Entries, e => e.EventId == 107);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("ONCRMDEALADD", line.Message, StringComparison.Ordinal);
        Assert.Contains("The CRM mirror is down.", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("useraccesstoken123", app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("userrefreshtoken456", app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(_portal.Options.ApplicationToken, app.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_class_is_resolved_from_each_requests_own_scope()
    {
        await using var app = await StartAsync(
            events => events.On<CrmDealAdded, RecordingHandler>(),
            services: s => s.AddSingleton<HandlerLog>().AddScoped<RequestMarker>());

        using var first = await app.PostAsync(EventForm.For(_portal, "ONCRMDEALADD"));
        using var second = await app.PostAsync(EventForm.For(_portal, "ONCRMDEALADD"));

        var runs = app.Services.GetRequiredService<HandlerLog>().Runs;
        Assert.Equal(2, runs.Count);
        Assert.NotSame(runs[0].Handler, runs[1].Handler);
        Assert.NotSame(runs[0].Marker, runs[1].Marker);
        Assert.All(runs, r => Assert.Same(r.Marker, r.MarkerFromContext));
    }

    private Task<EventApp> StartAsync(Action<B24EventsBuilder> handlers, Action<B24EventOptions>? options = null, Action<IServiceCollection>? services = null) =>
        EventApp.StartAsync(s =>
        {
            s.AddB24(o => o.WebhookUrl = _portal.WebhookUrl);
            handlers(s.AddB24Events(o =>
            {
                o.ApplicationToken = _portal.Options.ApplicationToken;
                options?.Invoke(o);
            }));
            services?.Invoke(s);
        });

    /// <summary>One per request scope: tells whether the handler and the context's services are the request's.</summary>
    private sealed class RequestMarker;

    private sealed class HandlerLog
    {
        private readonly List<(RecordingHandler Handler, RequestMarker Marker, RequestMarker MarkerFromContext)> _runs = [];

        public IReadOnlyList<(RecordingHandler Handler, RequestMarker Marker, RequestMarker MarkerFromContext)> Runs
        {
            get
            {
                lock (_runs)
                {
                    return [.. _runs];
                }
            }
        }

        public void Add(RecordingHandler handler, RequestMarker marker, RequestMarker fromContext)
        {
            lock (_runs)
            {
                _runs.Add((handler, marker, fromContext));
            }
        }
    }

    private sealed class RecordingHandler(HandlerLog log, RequestMarker marker) : IB24EventHandler<CrmDealAdded>
    {
        public Task HandleAsync(CrmDealAdded e, B24EventContext context, CancellationToken cancellationToken)
        {
            log.Add(this, marker, context.Services!.GetRequiredService<RequestMarker>());
            return Task.CompletedTask;
        }
    }
}
