using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Hosting;
using B24Gen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B24Gen.AspNetCore.Tests;

/// <summary>
/// An OAuth application on many portals (<c>AddB24App</c>): the install event's tokens saved where the application's
/// clients read them, its portal found by domain, its bindings made at install, and its events delivered back.
/// </summary>
public sealed class AppInstallTests : IAsyncLifetime
{
    private PortalEmulator _portal = null!;

    private string Domain => _portal.BaseAddress.Authority;

    public async Task InitializeAsync() => _portal = await PortalEmulator.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task The_install_events_tokens_are_saved_to_the_store_before_its_handler_runs_and_the_portal_is_callable_after()
    {
        var installed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(events => events.On<AppInstalled>(async (e, context, ct) =>
            installed.SetResult((await context.Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 }, ct)).Count)));

        using var response = await app.PostAsync(InstallForm());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await installed.Task > 0);
        var saved = await app.Services.GetRequiredService<IB24TokenStore>().GetAsync(Domain);
        Assert.NotNull(saved);
        Assert.Equal((_portal.AccessToken, _portal.RefreshToken, _portal.ClientEndpoint), (saved.AccessToken, saved.RefreshToken, saved.ClientEndpoint));
        Assert.NotNull(saved.ExpiresAt);
        var api = await app.Services.GetRequiredService<IB24Portals>().ForPortalAsync(Domain);
        Assert.NotEmpty(await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 }));
        Assert.All(_portal.Requests.Where(r => r.RestMethod == "calendar.section.get"), r => Assert.Contains(_portal.AccessToken, r.Body, StringComparison.Ordinal));
        Assert.Contains(app.Logs.Entries, e => e.EventId == 109);
        Assert.DoesNotContain(_portal.AccessToken, app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(_portal.RefreshToken, app.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_install_saves_nothing()
    {
        await using var app = await StartAsync(events => events.On<AppInstalled>((_, _, _) => Task.CompletedTask));

        using var response = await app.PostAsync(InstallForm(a => a["application_token"] = "forged"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await app.Services.GetRequiredService<IB24TokenStore>().GetAsync(Domain));
    }

    [Fact]
    public async Task An_event_of_a_portal_the_application_has_no_tokens_for_is_answered_500_and_logged()
    {
        var runs = 0;
        await using var app = await StartAsync(events => events.On<CrmDealAdded>((_, _, _) => Task.FromResult(Interlocked.Increment(ref runs))));

        using var response = await app.PostAsync(EventForm.For(_portal, "ONCRMDEALADD"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0, runs);
        var line = Assert.Single(app.Logs.Entries, e => e.EventId == 108);
        Assert.Contains("No tokens are saved for the portal " + Domain, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BindOnInstall_binds_the_portal_at_install_and_its_events_then_come_back_to_their_handler()
    {
        var added = new TaskCompletionSource<CalendarEntryAdded>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(events => events
            .On<CalendarEntryAdded>((e, _, _) => Task.FromResult(added.TrySetResult(e)))
            .BindOnInstall(EventApp.EventsUrlOf));

        using var response = await app.PostAsync(InstallForm());
        var api = await app.Services.GetRequiredService<IB24Portals>().ForPortalAsync(Domain);
        var id = await api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 190,
            Name = "Planning",
            From = new DateTime(2026, 3, 2, 10, 0, 0),
            To = new DateTime(2026, 3, 2, 11, 0, 0),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var binding = Assert.Single(_portal.Events.Bindings);
        Assert.Equal(("ONCALENDARENTRYADD", app.EventsUrl.AbsoluteUri), (binding.Code, binding.HandlerUrl));
        var e = await added.Task;
        Assert.Equal(id, e.Id);
        Assert.Equal(Domain, e.Auth.Domain);
    }

    private string InstallForm(Action<JsonObject>? auth = null) =>
        EventForm.For(_portal, "ONAPPINSTALL", new JsonObject { ["VERSION"] = "1", ["LANGUAGE_ID"] = "en" }, a =>
        {
            a["access_token"] = _portal.AccessToken;
            a["expires_in"] = "3600";
            a["refresh_token"] = _portal.RefreshToken;
            auth?.Invoke(a);
        });

    private Task<EventApp> StartAsync(Action<B24EventsBuilder> handlers) =>
        EventApp.StartAsync(s =>
        {
            s.AddB24App(o =>
            {
                o.ClientId = _portal.ClientId;
                o.ClientSecret = _portal.ClientSecret;
                o.TokenEndpoint = _portal.OAuthEndpoint.ToString();
            });
            handlers(s.AddB24Events(o => o.ApplicationTokens[Domain] = _portal.Options.ApplicationToken));
        });
}
