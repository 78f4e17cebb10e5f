using B24Gen.Testing;

namespace B24Gen.WebApi;

/// <summary>Builds the app; a test builds it the same way on a loopback port.</summary>
public static class PortalApp
{
    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:5080");

        // No webhook configured: the emulator stands in for a portal, for as long as the app runs.
        PortalEmulator? emulator = null;
        if (string.IsNullOrWhiteSpace(builder.Configuration["B24:WebhookUrl"]))
        {
            emulator = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 3 });
            builder.Configuration["B24:WebhookUrl"] = emulator.WebhookUrl;
            Console.WriteLine($"No B24:WebhookUrl configured: using the local portal emulator at {emulator.BaseAddress}");
        }

        // The portal: options from the "B24" section, checked when the app starts; B24Api and B24Client injectable.
        builder.Services.AddB24(builder.Configuration.GetSection("B24"));

        var app = builder.Build();
        if (emulator is not null)
        {
            app.Lifetime.ApplicationStopped.Register(() => emulator.DisposeAsync().AsTask().GetAwaiter().GetResult());
        }

        app.MapGet("/deals", DealEndpoints.ListAsync);
        app.MapGet("/summary", SummaryEndpoints.GetAsync);
        return app;
    }
}
