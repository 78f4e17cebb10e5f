// B24Gen demo: prints your calendars, calendar settings and tasks through the generated API, and (against the emulator)
// receives an event.
//   dotnet run --project samples/B24Gen.Demo                      -> against the built-in local portal emulator
//   B24_WEBHOOK_URL=https://your.bitrix24.com/rest/1/code/ dotnet run --project samples/B24Gen.Demo
using System.Globalization;
using B24Gen;
using B24Gen.Api;
using B24Gen.Testing;

var webhookUrl = Environment.GetEnvironmentVariable("B24_WEBHOOK_URL");
await using var emulator = string.IsNullOrWhiteSpace(webhookUrl) ? await PortalEmulator.StartAsync() : null;
if (emulator is not null)
{
    webhookUrl = emulator.WebhookUrl;
    Console.WriteLine($"No B24_WEBHOOK_URL set: using the local portal emulator at {emulator.BaseAddress}");
}

var options = B24ClientOptions.FromWebhook(webhookUrl!);
using var client = new B24Client(options);
var api = new B24Api(client);
Console.WriteLine($"Portal: {options}");

try
{
    IReadOnlyList<CalendarSection> sections =
        await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
    Console.WriteLine($"{sections.Count} calendar(s) of user 1:");
    foreach (var section in sections)
    {
        var createdAt = section.DateCreate?.Value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
        Console.WriteLine($"  #{section.Id,-5} {section.Name,-20} {section.Color}  created {createdAt}  export {(section.Export.Allow ? "on" : "off")}  full access {section.Perm.ViewFull}");
    }

    CalendarUserSettings settings = await api.Calendar.User.Settings.GetAsync();
    Console.WriteLine($"Settings: view {settings.View}, time zone {settings.TimezoneName}, working day {settings.WorkTimeStart:0.##}-{settings.WorkTimeEnd:0.##} h, week numbers {(settings.ShowWeekNumbers ? "shown" : "hidden")}");
    foreach (var reminder in settings.DefaultReminders.WithTime)
    {
        Console.WriteLine($"  default reminder: {reminder.Count} {reminder.Type} before");
    }

    var response = await api.Calendar.Section.GetWithResponseAsync(new() { Type = CalendarType.User, OwnerId = 1 });
    Console.WriteLine($"Envelope: HTTP {response.HttpStatus}, processed in {response.Time?.Processing:0.####} s, operating {response.Time?.Operating:0.####} s");

    // An event's life: create, read, update, delete.
    var eventId = await api.Calendar.Event.AddAsync(new()
    {
        Type = CalendarType.User,
        OwnerId = 1,
        Section = sections[0].Id,
        Name = "B24Gen demo meeting",
        From = new DateTime(2025, 3, 20, 15, 0, 0),
        To = new DateTime(2025, 3, 20, 16, 0, 0),
        TimezoneFrom = "Europe/Berlin",
        Accessibility = CalendarAccessibility.Busy,
        Importance = CalendarImportance.High,
        Remind = [new() { Type = CalendarReminderUnit.Minute, Count = 15 }],
    });
    var created = await api.Calendar.Event.GetByIdAsync(new() { Id = eventId });
    Console.WriteLine($"Created event #{created.Id} \"{created.Name}\" from {created.DateFrom.Text} ({created.TzFrom}), {created.Accessibility}, reminder {created.Remind[0].Count} {created.Remind[0].Type}");
    var updated = await api.Calendar.Event.UpdateAsync(new() { Id = eventId, Type = CalendarType.User, OwnerId = 1, Name = "B24Gen demo meeting (renamed)" });
    var renamed = await api.Calendar.Event.GetByIdAsync(new() { Id = updated.First });
    Console.WriteLine($"Updated event #{updated.First}: \"{renamed.Name}\"");
    var deleted = await api.Calendar.Event.DeleteAsync(new() { Id = eventId });
    Console.WriteLine($"Deleted event #{eventId}: {deleted}");

    // Beyond calendar: every documented method is typed (docs/coverage.md lists them), and the emulator answers those
    // it has no handler for with the docs' own example.
    // tasks.task.list wraps its list ({"tasks": [...]}): ListAllAsync pages with start/next and yields the tasks.
    var tasks = new List<string>();
    await foreach (var task in api.Tasks.Task.ListAllAsync())
    {
        tasks.Add($"#{task.Id} \"{task.Title}\" (status {task.Status})");
    }

    Console.WriteLine($"{tasks.Count} task(s) via tasks.task.list: {string.Join(", ", tasks)}");

    // A documented error comes back typed: calendar errors carry an empty code, the text tells them apart.
    // (The typed API cannot forget a required parameter, so a raw call shows it.)
    try
    {
        await client.CallRawAsync("calendar.section.get");
    }
    catch (B24MethodException error)
    {
        Console.WriteLine($"Documented error, as expected: HTTP {error.HttpStatus}, \"{error.Description}\"");
    }

    // Incoming events: the portal POSTs them to the app's handler URL, which must be reachable from the portal.
    if (emulator is not null)
    {
        await EventRoundTrip.RunAsync(emulator);
    }
    else
    {
        Console.WriteLine("Events: a real portal cannot reach a handler on this machine; the README's \"Events\" section shows how to receive them.");
    }
}
catch (B24Exception error)
{
    Console.Error.WriteLine($"The call failed: {error.Message}");
    return 1;
}

return 0;
