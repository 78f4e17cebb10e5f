using Microsoft.Extensions.Options;

namespace B24Gen.Hosting;

/// <summary>Checks an OAuth application's options when the host starts: its credentials and its plan.</summary>
internal sealed class B24AppOptionsValidator : IValidateOptions<B24AppOptions>
{
    public ValidateOptionsResult Validate(string? name, B24AppOptions options)
    {
        var failures = options.BindingProblems.Select(p => "B24 application: " + p).ToList();
        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("B24 application: ClientId and ClientSecret are required (the application's credentials from the Bitrix24 developer resources).");
        }

        try
        {
            B24PortalClientOptions.RateLimit(options.RateLimit);
        }
        catch (ArgumentException exception)
        {
            failures.Add("B24 application: " + exception.Message);
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"B24 application: Timeout must be positive; it is {options.Timeout}.");
        }

        if (options.MaxRetries < 0)
        {
            failures.Add($"B24 application: MaxRetries must be 0 or more; it is {options.MaxRetries}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
