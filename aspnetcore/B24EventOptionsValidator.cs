using Microsoft.Extensions.Options;

namespace B24Gen.AspNetCore;

/// <summary>
/// Checks the events options when the host starts (<c>ValidateOnStart</c>): an endpoint with no token source would
/// refuse every event (or, worse, be tempted to accept them unchecked), so it stops the app with how to configure one.
/// Messages name options and portals, never a token.
/// </summary>
internal sealed class B24EventOptionsValidator : IValidateOptions<B24EventOptions>
{
    public ValidateOptionsResult Validate(string? name, B24EventOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.ApplicationToken) && options.ApplicationTokens.Count == 0 && options.ApplicationTokenResolver is null)
        {
            failures.Add(
                "No application token is configured, so no event could be checked. In AddB24Events(options => ...) set ApplicationToken "
                + "(a local application's, or an outgoing webhook's \"Application token\" field), ApplicationTokens (by portal domain or "
                + "member_id, for an application on several portals) or ApplicationTokenResolver (e.g. from your database, filled when "
                + "the application is installed).");
        }
        else if (options.ApplicationToken is { Length: > 0 } token && string.IsNullOrWhiteSpace(token))
        {
            failures.Add("ApplicationToken is blank.");
        }

        foreach (var (portal, portalToken) in options.ApplicationTokens)
        {
            if (string.IsNullOrWhiteSpace(portal))
            {
                failures.Add("ApplicationTokens has an entry without a portal (its key must be a domain or a member_id).");
            }
            else if (string.IsNullOrWhiteSpace(portalToken))
            {
                failures.Add($"ApplicationTokens has no token for '{portal}'.");
            }
        }

        if (options.MaxBodyBytes is <= 0 or > int.MaxValue)
        {
            failures.Add($"MaxBodyBytes must be between 1 and {int.MaxValue}; it is {options.MaxBodyBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => "B24 events: " + f));
    }
}
