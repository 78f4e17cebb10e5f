using System.Net;
using B24Gen;
using B24Gen.Api;
using B24Gen.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// An event's round trip: an app (ASP.NET Core, B24Gen.AspNetCore) binds ONCALENDARENTRYADD to its endpoint at start,
/// a calendar event is added through the API, and the portal POSTs the event back to the typed handler, which calls
/// the portal again. Against the emulator only: a real portal cannot reach a handler on this machine.
/// </summary>
internal static class EventRoundTrip
{
    private const string Path = "/b24/events";

    public static async Task RunAsync(PortalEmulator emulator)
    {
        var received = new TaskCompletionSource<(CalendarEntryAddEvent Event, CalendarEvent Entry)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        // Binding events needs an application's OAuth token (a webhook's events are chosen in the portal's settings).
        builder.Services.AddB24(portal =>
        {
            portal.ClientEndpoint = emulator.ClientEndpoint;
            portal.AccessToken = emulator.AccessToken;
        });
        builder.Services.AddB24Events(events => events.ApplicationToken = emulator.Options.ApplicationToken)
            .On<CalendarEntryAddEvent>(async (e, context, cancellationToken) =>
            {
                // A real handler answers at once and hands the work to a queue (README, "Events"); this one is quick.
                var entry = await context.Api.Calendar.Event.GetByIdAsync(new() { Id = e.Data.Id }, cancellationToken);
                received.TrySetResult((e, entry));
            })
            .BindOnStartup(EventsUrl);

        await using var app = builder.Build();
        app.MapB24Events(Path);
        await app.StartAsync();
        Console.WriteLine($"Events: ONCALENDARENTRYADD bound to {EventsUrl(app.Services)}");

        var api = app.Services.GetRequiredService<B24Api>();
        var sections = await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        var id = await api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = sections[0].Id,
            Name = "Planning, announced by an event",
            From = new DateTime(2025, 3, 21, 10, 0, 0),
            To = new DateTime(2025, 3, 21, 11, 0, 0),
        });

        var (added, read) = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Console.WriteLine($"Received {added.Code} from {added.Auth.Domain} for event #{added.Data.Id} (added #{id}); the handler read it back: \"{read.Name}\"");
        await app.StopAsync();
    }

    /// <summary>The endpoint's URL once Kestrel listens (its port is chosen then).</summary>
    private static Uri EventsUrl(IServiceProvider services) =>
        new(new Uri(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()), Path);
}
