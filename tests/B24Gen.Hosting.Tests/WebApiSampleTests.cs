using System.Net.Http.Json;
using B24Gen.Testing;
using B24Gen.WebApi;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace B24Gen.Hosting.Tests;

/// <summary>The ASP.NET Core sample, started on a loopback port with its webhook from configuration, against the emulator.</summary>
public sealed class WebApiSampleTests
{
    [Fact]
    public async Task The_sample_serves_a_typed_call_and_a_batch_from_the_configured_portal()
    {
        await using var portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 2 });
        await using var app = await PortalApp.BuildAsync([$"--B24:WebhookUrl={portal.WebhookUrl}", "--urls=http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        var deals = await http.GetFromJsonAsync<DealEndpoints.Deal[]>("/deals");
        var summary = await http.GetFromJsonAsync<SummaryEndpoints.Summary>("/summary");

        Assert.Equal([new(1, "Deal #1", 1000), new(2, "Deal #2", 2000)], deals!);
        Assert.Equal(new SummaryEndpoints.Summary(3, "Europe/Berlin", 2), summary);
        // The batch was one request to the portal, and the typed call sent the fields it asked for.
        Assert.Single(portal.Requests, r => r.RestMethod == "batch");
        Assert.Contains("OPPORTUNITY", portal.Requests.Single(r => r.RestMethod == "crm.deal.list").Body, StringComparison.Ordinal);
        await app.StopAsync();
    }
}
