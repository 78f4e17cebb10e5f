using Microsoft.Extensions.Options;

namespace B24Gen.Hosting;

/// <summary>
/// Checks a portal's options when the host starts (<c>ValidateOnStart</c>), so a wrong webhook URL or plan stops the
/// app at once with every problem named, not at the first call. Messages name the option, never its secret value.
/// </summary>
internal sealed class B24PortalOptionsValidator : IValidateOptions<B24PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, B24PortalOptions options)
    {
        var portal = string.IsNullOrEmpty(name) ? "B24" : $"B24 portal '{name}'";
        var failures = options.BindingProblems.Concat(B24PortalClientOptions.Problems(options)).Select(p => $"{portal}: {p}").ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
