using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>Console.SetOut is process-wide: this collection runs alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(SharedConsole), DisableParallelization = true)]
public sealed class SharedConsole
{
}

/// <summary>The README's usage snippet, verbatim but for the webhook URL, compiles and runs against the emulator.</summary>
[Collection(nameof(SharedConsole))]
public sealed class DesignSnippetTests
{
    [Fact]
    public async Task The_design_snippet_compiles_and_prints_the_first_calendar_and_the_settings()
    {
        await using var emulator = await PortalEmulator.StartAsync();
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var original = Console.Out;
        var originalCulture = System.Globalization.CultureInfo.CurrentCulture;
        Console.SetOut(output);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            // ---- README.md, "Usage": the snippet exactly as written there, with the emulator's webhook URL. ----
            var client = new B24Client(B24ClientOptions.FromWebhook(emulator.WebhookUrl));
            var api = new B24Api(client);

            IReadOnlyList<CalendarSection> sections =
                await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
            CalendarUserSettings settings = await api.Calendar.User.Settings.GetAsync();
            Console.WriteLine($"{sections[0].Name} {sections[0].Id} {settings.TimezoneName} {settings.WorkTimeStart}");
            // ---- end of snippet ----

            client.Dispose();
        }
        finally
        {
            Console.SetOut(original);
            System.Globalization.CultureInfo.CurrentCulture = originalCulture;
        }

        Assert.Equal("New Section 190 Europe/Berlin 9" + Environment.NewLine, output.ToString());
        Assert.Equal(2, emulator.Requests.Count);
    }
}
