// B24Gen demo: prints your calendars and calendar settings through the generated API.
//   dotnet run --project samples/B24Gen.Demo                      -> against the built-in local portal emulator
//   B24_WEBHOOK_URL=https://your.bitrix24.com/rest/1/code/ dotnet run --project samples/B24Gen.Demo
using System.Globalization;
using B24Gen;
using B24Gen.Api;
using B24Gen.Emulator;

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
        var created = section.DateCreate?.Value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
        Console.WriteLine($"  #{section.Id,-5} {section.Name,-20} {section.Color}  created {created}  export {(section.Export.Allow ? "on" : "off")}  full access {section.Perm.ViewFull}");
    }

    CalendarUserSettings settings = await api.Calendar.User.Settings.GetAsync();
    Console.WriteLine($"Settings: view {settings.View}, time zone {settings.TimezoneName}, working day {settings.WorkTimeStart:0.##}-{settings.WorkTimeEnd:0.##} h, week numbers {(settings.ShowWeekNumbers ? "shown" : "hidden")}");
    foreach (var reminder in settings.DefaultReminders.WithTime)
    {
        Console.WriteLine($"  default reminder: {reminder.Count} {reminder.Type} before");
    }

    var response = await api.Calendar.Section.GetWithResponseAsync(new() { Type = CalendarType.User, OwnerId = 1 });
    Console.WriteLine($"Envelope: HTTP {response.HttpStatus}, processed in {response.Time?.Processing:0.####} s, operating {response.Time?.Operating:0.####} s");

    // A documented error comes back typed: calendar errors carry an empty code, the text tells them apart.
    try
    {
        await api.Calendar.Section.GetAsync(new() { Type = CalendarType.CompanyCalendar, OwnerId = 0 });
        await client.CallRawAsync("calendar.section.get");
    }
    catch (B24MethodException error)
    {
        Console.WriteLine($"Documented error, as expected: HTTP {error.HttpStatus}, \"{error.Description}\"");
    }
}
catch (B24Exception error)
{
    Console.Error.WriteLine($"The call failed: {error.Message}");
    return 1;
}

return 0;
