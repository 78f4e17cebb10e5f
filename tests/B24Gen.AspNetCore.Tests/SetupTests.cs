using System.Diagnostics.Metrics;
using System.Net;
using B24Gen.Diagnostics;
using B24Gen.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace B24Gen.AspNetCore.Tests;

/// <summary>What is checked before the first event: the options at start, the services MapB24Events needs; and what it counts.</summary>
public sealed class SetupTests
{
    [Fact]
    public async Task Without_a_token_source_the_host_does_not_start_and_says_how_to_configure_one()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddB24(o => o.WebhookUrl = "https://example.bitrix24.com/rest/1/secretcode123/");
        builder.Services.AddB24Events(o => o.MaxBodyBytes = 0).On<CrmDealAdded>((_, _, _) => Task.CompletedTask);
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("B24 events: No application token is configured", StringComparison.Ordinal)
            && f.Contains("ApplicationToken", StringComparison.Ordinal) && f.Contains("ApplicationTokens", StringComparison.Ordinal) && f.Contains("ApplicationTokenResolver", StringComparison.Ordinal));
        Assert.Contains("B24 events: MaxBodyBytes must be between 1 and 2147483647; it is 0.", error.Failures);
    }

    [Fact]
    public async Task A_portal_entry_without_a_token_is_named_but_no_token_is_shown()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddB24(o => o.WebhookUrl = "https://example.bitrix24.com/rest/1/secretcode123/");
        builder.Services.AddB24Events(o =>
        {
            o.ApplicationTokens["shop.bitrix24.com"] = " ";
            o.ApplicationTokens["crm.bitrix24.com"] = "crmtoken123";
        });
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal("B24 events: ApplicationTokens has no token for 'shop.bitrix24.com'.", Assert.Single(error.Failures));
        Assert.DoesNotContain("crmtoken123", new B24EventOptions { ApplicationToken = "crmtoken123" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_without_AddB24Events_or_without_a_portal_says_what_to_add()
    {
        var withoutEvents = WebApplication.CreateSlimBuilder();
        withoutEvents.Services.AddB24(o => o.WebhookUrl = "https://example.bitrix24.com/rest/1/code/");
        using var first = withoutEvents.Build();
        var withoutPortal = WebApplication.CreateSlimBuilder();
        withoutPortal.Services.AddB24Events(o => o.ApplicationToken = "token");
        using var second = withoutPortal.Build();

        Assert.Contains("AddB24Events", Assert.Throws<InvalidOperationException>(() => first.MapB24Events("/b24/events")).Message, StringComparison.Ordinal);
        Assert.Contains("AddB24App", Assert.Throws<InvalidOperationException>(() => second.MapB24Events("/b24/events")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_is_counted_by_outcome_on_the_hosts_meter_and_an_untrusted_code_is_not_an_attribute()
    {
        await using var portal = await PortalEmulator.StartAsync();
        var counted = new List<(string Event, string Outcome)>();
        using var listener = new MeterListener();
        await using var app = await EventApp.StartAsync(s =>
        {
            s.AddB24(o => o.WebhookUrl = portal.WebhookUrl);
            s.AddB24Events(o => o.ApplicationToken = portal.Options.ApplicationToken).On<CrmDealAdded>((_, _, _) => Task.CompletedTask);
        });
        var hostMeterFactory = app.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "b24gen.events.received" && instrument.Meter.Scope == hostMeterFactory && instrument.Meter.Name == B24Telemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var map = tags.ToArray().ToDictionary(t => t.Key, t => (string)t.Value!);
            lock (counted)
            {
                counted.Add((map["b24gen.event"], map["b24gen.outcome"]));
            }
        });
        listener.Start();

        (await app.PostAsync(EventForm.For(portal, "ONCRMDEALADD"))).Dispose();
        (await app.PostAsync(EventForm.For(portal, "ONTASKADD"))).Dispose();
        (await app.PostAsync(EventForm.For(portal, "ONMADEUPCODE1", auth: a => a["application_token"] = "wrong"))).Dispose();
        (await app.PostAsync(EventForm.For(portal, "ONCRMDEALADD", auth: a => a["application_token"] = "wrong"))).Dispose();
        using var malformed = await app.PostAsync("a[b]x=1");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(
            [("ONCRMDEALADD", "handled"), ("ONTASKADD", "unhandled"), ("other", "unauthorized"), ("ONCRMDEALADD", "unauthorized"), ("other", "malformed")],
            counted);
    }
}
