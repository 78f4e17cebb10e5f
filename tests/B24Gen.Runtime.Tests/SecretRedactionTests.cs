using System.Net;
using System.Net.Sockets;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>The webhook code and the access token never show in exception messages, ToString() or the options.</summary>
public sealed class SecretRedactionTests : EmulatorTest
{
    // A token with characters that URL-escaping changes, so the escaped form must be masked too.
    private const string Token = "t0k3n/with+plus=and/slash";

    protected override PortalEmulatorOptions EmulatorOptions => new() { WebhookCode = "s3cr3tWebhookCode77", AccessToken = Token };

    private string Code => Emulator.WebhookCode;

    [Fact]
    public void Options_ToString_and_public_properties_never_show_the_webhook_code()
    {
        var options = TestOptions.Webhook(Emulator.WebhookUrl);

        Assert.Equal($"http://127.0.0.1:{Emulator.BaseAddress.Port} (webhook)", options.ToString());
        foreach (var property in typeof(B24ClientOptions).GetProperties())
        {
            Assert.DoesNotContain(Code, Convert.ToString(property.GetValue(options), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
    }

    [Fact]
    public void Options_ToString_and_public_properties_never_show_the_access_token()
    {
        var options = TestOptions.AccessToken(Emulator.ClientEndpoint, Token);

        Assert.Equal($"http://127.0.0.1:{Emulator.BaseAddress.Port} (OAuth access token)", options.ToString());
        Assert.False(options.IsWebhook);
        foreach (var property in typeof(B24ClientOptions).GetProperties())
        {
            Assert.DoesNotContain(Token, Convert.ToString(property.GetValue(options), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
    }

    [Fact]
    public async Task A_transport_failure_to_a_closed_port_does_not_show_the_webhook_code()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/rest/1/{Code}/";
        using var client = new B24Client(TestOptions.Webhook(url));

        var error = await Assert.ThrowsAsync<B24TransportException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(0, error.HttpStatus);
        Assert.Equal("", error.Code);
        Assert.Equal(SectionGet, error.Method);
        Assert.StartsWith("calendar.section.get failed (no response): ", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_transport_failure_with_OAuth_does_not_show_the_token()
    {
        using var client = new B24Client(TestOptions.AccessToken($"http://127.0.0.1:{ClosedPort()}/rest/", Token));

        var error = await Assert.ThrowsAsync<B24TransportException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_portal_error_echoing_the_webhook_url_is_masked()
    {
        ServeError(400, "INVALID_REQUEST", $"Https required: {Emulator.WebhookUrl}calendar.section.get was called over http");

        var error = await Assert.ThrowsAsync<B24RequestException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        AssertNoSecrets(error);
        Assert.DoesNotContain(Code, error.Description);
        Assert.Contains("/rest/1/***/calendar.section.get", error.Description);
        Assert.Contains("/rest/1/***/calendar.section.get", error.Message);
    }

    [Fact]
    public async Task A_portal_error_echoing_the_token_plain_or_url_escaped_is_masked()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Token));
        ServeError(401, "invalid_token", $"Token {Token} rejected; query was ?auth={Uri.EscapeDataString(Token)}");

        var error = await Assert.ThrowsAsync<B24AuthException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        AssertNoSecrets(error);
        Assert.DoesNotContain(Token, error.Description);
        Assert.DoesNotContain(Uri.EscapeDataString(Token), error.Description);
        Assert.Equal("Token *** rejected; query was ?auth=***", error.Description);
    }

    [Fact]
    public async Task An_HTML_page_echoing_the_url_is_masked()
    {
        Serve(502, $"<html><body>Upstream {Emulator.WebhookUrl}calendar.section.get timed out</body></html>", "text/html");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        AssertNoSecrets(error);
        Assert.Contains("Upstream", error.Message);
    }

    [Fact]
    public async Task A_wrongly_shaped_value_holding_the_code_is_masked_in_the_message()
    {
        Serve(200, $$$"""{"result": [{"ID": "{{{Code}}}"}]}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        AssertNoSecrets(error);
        Assert.Contains("found the string \"***\"", error.Message);
    }

    [Fact]
    public async Task A_map_key_holding_the_code_is_masked_in_the_message()
    {
        Serve(200, $$$"""{"result": [{"ACCESS": {"{{{Code}}}": "x"}}]}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        AssertNoSecrets(error);
    }

    [Fact]
    public async Task Inner_exceptions_do_not_carry_the_secret_either()
    {
        // Guards a fixed bug: EnvelopeReader attaches the B24JsonReadException unredacted as InnerException; its Message has the raw value.
        Serve(200, $$$"""{"result": [{"ID": "{{{Code}}}"}]}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
        {
            Assert.DoesNotContain(Code, inner.Message);
        }
    }

    [Fact]
    public async Task Malformed_JSON_after_a_property_named_like_the_code_is_masked()
    {
        // Guards a fixed bug: EnvelopeReader's JsonException branch builds its description from the property name without redacting.
        Serve(200, $$"""{"result": [], "{{Code}}": [}""");

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_successful_call_with_secrets_leaves_nothing_in_the_envelope()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Token));

        var response = await new B24Api(client).Calendar.Section.GetWithResponseAsync(UserOneSections);

        Assert.Equal(3, response.Value.Count);
        Assert.DoesNotContain(Token, response.Method);
        Assert.DoesNotContain(Token, client.Options.ToString());
    }

    private void AssertNoSecrets(Exception error)
    {
        foreach (var secret in new[] { Code, Token, Uri.EscapeDataString(Token) })
        {
            Assert.DoesNotContain(secret, error.Message);
            Assert.DoesNotContain(secret, error.ToString());
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
