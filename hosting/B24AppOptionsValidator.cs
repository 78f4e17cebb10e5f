using Microsoft.Extensions.Options;

namespace B24Gen.Hosting;

/// <summary>Checks an OAuth application's options when the host starts: its credentials and its settings.</summary>
internal sealed class B24AppOptionsValidator : IValidateOptions<B24AppOptions>
{
    public ValidateOptionsResult Validate(string? name, B24AppOptions options)
    {
        var failures = new List<string>(options.BindingProblems);
        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("ClientId and ClientSecret are required (the application's credentials from the Bitrix24 developer resources).");
        }

        failures.AddRange(B24PortalClientOptions.SettingProblems(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => "B24 application: " + f));
    }
}
