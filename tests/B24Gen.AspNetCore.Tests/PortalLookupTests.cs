using System.Net;
using B24Gen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B24Gen.AspNetCore.Tests;

/// <summary>
/// Several portals: each event checked with its own portal's token (by domain, by member_id, or from a resolver), and
/// handled with the API of the portal it came from (a configured portal at its domain, else PortalName, else the default).
/// </summary>
public sealed class PortalLookupTests : IAsyncLifetime
{
    private PortalEmulator _shop = null!;
    private PortalEmulator _crm = null!;

    public async Task InitializeAsync()
    {
        _shop = await PortalEmulator.StartAsync(new PortalEmulatorOptions { ApplicationToken = "shoptoken0000000000000000000shop", MemberId = "shopmember00000000000000000000000" });
        _crm = await PortalEmulator.StartAsync(new PortalEmulatorOptions { ApplicationToken = "crmtoken00000000000000000000crm", MemberId = "crmmember000000000000000000000000" });
    }

    public async Task DisposeAsync()
    {
        await _shop.DisposeAsync();
        await _crm.DisposeAsync();
    }

    [Fact]
    public async Task Each_portal_is_checked_with_its_own_token_by_domain_or_member_id_and_handled_with_its_own_api()
    {
        var portals = new List<string>();
        await using var app = await StartAsync(o =>
        {
            o.ApplicationTokens["http://" + _shop.BaseAddress.Authority + "/"] = _shop.Options.ApplicationToken;
            o.ApplicationTokens[_crm.Options.MemberId] = _crm.Options.ApplicationToken;
        }, portals);

        using var shop = await app.PostAsync(EventForm.For(_shop, "ONCRMDEALADD"));
        using var crm = await app.PostAsync(EventForm.For(_crm, "ONCRMDEALADD"));
        using var crmTokenForShop = await app.PostAsync(EventForm.For(_shop, "ONCRMDEALADD", auth: a => a["application_token"] = _crm.Options.ApplicationToken));
        using var unknownPortal = await app.PostAsync(EventForm.For(_shop, "ONCRMDEALADD", auth: a =>
        {
            a["domain"] = "elsewhere.bitrix24.com";
            a["member_id"] = "elsewhere0000000000000000000000";
        }));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            [shop.StatusCode, crm.StatusCode, crmTokenForShop.StatusCode, unknownPortal.StatusCode]);
        Assert.Equal([_shop.BaseAddress.GetLeftPart(UriPartial.Authority), _crm.BaseAddress.GetLeftPart(UriPartial.Authority)], portals);
        Assert.Contains(app.Logs.Entries, e => e.EventId == 103 && e.Message == "Refused ONCRMDEALADD from elsewhere.bitrix24.com: no application token is configured for this portal; answered 401");
    }

    [Fact]
    public async Task A_resolver_gives_the_token_of_a_portal_it_knows_and_its_failure_is_a_500()
    {
        var known = new Dictionary<string, string> { [_crm.Options.MemberId] = _crm.Options.ApplicationToken };
        var portals = new List<string>();
        await using var app = await StartAsync(o => o.ApplicationTokenResolver = (auth, _) =>
            auth.Domain == "broken.bitrix24.com" ? throw new TimeoutException("The database did not answer.")
            : ValueTask.FromResult(auth.MemberId is { } member && known.TryGetValue(member, out var token) ? token : null), portals);

        using var crm = await app.PostAsync(EventForm.For(_crm, "ONCRMDEALADD"));
        using var shop = await app.PostAsync(EventForm.For(_shop, "ONCRMDEALADD"));
        using var broken = await app.PostAsync(EventForm.For(_crm, "ONCRMDEALADD", auth: a => a["domain"] = "broken.bitrix24.com"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.InternalServerError], [crm.StatusCode, shop.StatusCode, broken.StatusCode]);
        Assert.Equal([_crm.BaseAddress.GetLeftPart(UriPartial.Authority)], portals);
        Assert.Contains(app.Logs.Entries, e => e.EventId == 110 && e.Message.Contains("The database did not answer.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_event_from_a_domain_no_portal_is_configured_at_goes_to_PortalName()
    {
        var portals = new List<string>();
        await using var app = await StartAsync(o =>
        {
            o.ApplicationToken = _shop.Options.ApplicationToken;
            o.PortalName = "crm";
        }, portals);

        using var response = await app.PostAsync(EventForm.For(_shop, "ONCRMDEALADD", auth: a => a["domain"] = "renamed.bitrix24.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([_crm.BaseAddress.GetLeftPart(UriPartial.Authority)], portals);
    }

    [Fact]
    public async Task Without_PortalName_it_goes_to_the_default_portal()
    {
        var portals = new List<string>();
        await using var app = await EventApp.StartAsync(s =>
        {
            s.AddB24(o => o.WebhookUrl = _crm.WebhookUrl);
            s.AddB24("shop", o => o.WebhookUrl = _shop.WebhookUrl);
            s.AddB24Events(o => o.ApplicationToken = _shop.Options.ApplicationToken).On<CrmDealAdded>((_, context, _) => Record(portals, context));
        });

        using var response = await app.PostAsync(EventForm.For(_shop, "ONCRMDEALADD", auth: a => a["domain"] = "renamed.bitrix24.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([_crm.BaseAddress.GetLeftPart(UriPartial.Authority)], portals);
    }

    private Task<EventApp> StartAsync(Action<B24EventOptions> options, List<string> portals) =>
        EventApp.StartAsync(s =>
        {
            s.AddB24("shop", o => o.WebhookUrl = _shop.WebhookUrl);
            s.AddB24("crm", o => o.WebhookUrl = _crm.WebhookUrl);
            s.AddB24Events(options).On<CrmDealAdded>((_, context, _) => Record(portals, context));
        });

    private static Task Record(List<string> portals, B24EventContext context)
    {
        lock (portals)
        {
            portals.Add(context.Api.Client.PortalAddress);
        }

        return Task.CompletedTask;
    }
}
