using System.Net;
using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace B24Gen.AspNetCore.Tests;

/// <summary>
/// BindOnStartup against the emulator's <c>event.bind</c>, <c>event.get</c> and <c>event.unbind</c>: the handled codes
/// bound at start, other URLs left alone, nothing done twice, refusals and outages logged without stopping the app,
/// and the whole round trip: a change made through the API comes back as an event to its typed handler.
/// </summary>
public sealed class BindingsTests : IAsyncLifetime
{
    private static readonly Uri s_publicUrl = new("https://app.example.com/b24/events");
    private const string OtherApp = "https://other.example.com/hook";

    private PortalEmulator _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalEmulator.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task At_start_the_handled_codes_are_bound_unwanted_ones_unbound_other_urls_kept_and_a_restart_changes_nothing()
    {
        using var app = new B24Client(B24ClientOptions.FromAccessToken(_portal.ClientEndpoint, _portal.AccessToken));
        await Bind(app, "ONCALENDARENTRYDELETE", s_publicUrl.AbsoluteUri);
        await Bind(app, "ONCALENDARENTRYADD", OtherApp);

        await using (var first = await StartAsync(events => events.BindOnStartup(s_publicUrl)))
        {
            Assert.Contains(first.Logs.Entries, e => e.EventId == 111 && e.Message.EndsWith("bound ONCALENDARENTRYADD, ONCRMDEALADD; unbound ONCALENDARENTRYDELETE; kept none", StringComparison.Ordinal));
        }

        await using var second = await StartAsync(events => events.BindOnStartup(s_publicUrl));

        Assert.Contains(second.Logs.Entries, e => e.EventId == 111 && e.Message.EndsWith("bound none; unbound none; kept ONCALENDARENTRYADD, ONCRMDEALADD", StringComparison.Ordinal));
        Assert.Equal(
            [("ONCALENDARENTRYADD", s_publicUrl.AbsoluteUri), ("ONCALENDARENTRYADD", OtherApp), ("ONCRMDEALADD", s_publicUrl.AbsoluteUri)],
            _portal.Events.Bindings.Select(b => (b.Code, b.HandlerUrl)).Order());
    }

    [Fact]
    public async Task Bound_at_start_a_change_made_through_the_api_comes_back_to_its_typed_handler()
    {
        var added = new TaskCompletionSource<CalendarEntryAdded>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(events => events
            .On<CalendarEntryAdded>((e, _, _) => Task.FromResult(added.TrySetResult(e)))
            .BindOnStartup(EventApp.EventsUrlOf));

        var id = await app.Services.GetRequiredService<B24Api>().Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 190,
            Name = "Review",
            From = new DateTime(2026, 3, 2, 10, 0, 0),
            To = new DateTime(2026, 3, 2, 11, 0, 0),
        });

        var e = await added.Task;
        Assert.Equal(id, e.Id);
        Assert.Equal(_portal.BaseAddress.Authority, e.Auth.Domain);
        var delivery = await _portal.Events.WaitForDeliveryAsync(d => d.Code == "ONCALENDARENTRYADD");
        Assert.Equal(200, delivery.StatusCode);
        Assert.Equal(app.EventsUrl.AbsoluteUri, delivery.HandlerUrl);
    }

    [Fact]
    public async Task A_portal_that_refuses_the_binding_is_logged_as_an_error_once_and_the_app_still_serves()
    {
        // A webhook cannot bind events (WRONG_AUTH_TYPE): retrying would only repeat it.
        await using var app = await EventApp.StartAsync(s =>
        {
            s.AddB24(o => o.WebhookUrl = _portal.WebhookUrl);
            s.AddB24Events(o => o.ApplicationToken = _portal.Options.ApplicationToken)
                .On<CrmDealAdded>((_, _, _) => Task.CompletedTask)
                .BindOnStartup(s_publicUrl);
        });
        await Settled(app);

        using var response = await app.PostAsync(EventForm.For(_portal, "ONCRMDEALADD"));

        var error = Assert.Single(app.Logs.Entries, e => e.EventId == 113);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains("B24AccessDeniedException", error.Message, StringComparison.Ordinal);
        Assert.Empty(_portal.Events.Bindings);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(_portal.WebhookCode, app.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_that_is_down_at_start_is_tried_again_in_the_background_until_it_answers()
    {
        _portal.EnqueueFault(new FaultResponse(503, """{"error":"INTERNAL_SERVER_ERROR","error_description":"Down for maintenance"}""") { ForMethod = "event.get", Times = 2 });
        await using var app = await StartAsync(events => events.BindOnStartup(s_publicUrl), s => s.AddSingleton<TimeProvider>(new InstantTimeProvider()));

        await Settled(app);

        Assert.Equal(2, app.Logs.Entries.Count(e => e.EventId == 112 && e.Level == LogLevel.Warning));
        Assert.Contains(app.Logs.Entries, e => e.EventId == 111);
        Assert.Equal(["ONCALENDARENTRYADD", "ONCRMDEALADD"], _portal.Events.Bindings.Select(b => b.Code).Order());
    }

    private static Task Settled(EventApp app) =>
        app.Services.GetServices<IHostedService>().OfType<BindingsOnStartup>().Single().Settled;

    private static async Task Bind(B24Client client, string code, string handler) =>
        await client.CallRawAsync("event.bind", JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["event"] = code, ["handler"] = handler }));

    /// <summary>An app on the emulator configured with the application's OAuth tokens (event.bind needs them).</summary>
    private Task<EventApp> StartAsync(Action<B24EventsBuilder> bind, Action<IServiceCollection>? services = null) =>
        EventApp.StartAsync(s =>
        {
            s.AddB24(o =>
            {
                o.ClientEndpoint = _portal.ClientEndpoint;
                o.AccessToken = _portal.AccessToken;
            });
            bind(s.AddB24Events(o => o.ApplicationToken = _portal.Options.ApplicationToken)
                .On<CalendarEntryAdded>((_, _, _) => Task.CompletedTask)
                .On<CrmDealAdded>((_, _, _) => Task.CompletedTask));
            services?.Invoke(s);
        });
}
