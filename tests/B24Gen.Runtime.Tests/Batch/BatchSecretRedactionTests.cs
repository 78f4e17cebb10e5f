using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Runtime.Tests.Resilience;

namespace B24Gen.Runtime.Tests.Batch;

/// <summary>
/// A batch command's error is built from the portal's text like a single call's error: the webhook code and the
/// access token (plain or URL-escaped) never reach its Description, Message, ToString(), the exception that Value
/// throws, or the client's logs.
/// </summary>
public sealed class BatchSecretRedactionTests : EmulatorTest
{
    // A token with characters that URL-escaping changes, so the escaped form must be masked too.
    private const string Token = "t0k3n/with+plus=and/slash";

    private readonly CapturingLoggerProvider _logs = new();

    protected override PortalEmulatorOptions EmulatorOptions => new() { WebhookCode = "s3cr3tWebhookCode77", AccessToken = Token };

    private string Code => Emulator.WebhookCode;

    [Fact]
    public async Task A_command_error_echoing_the_webhook_url_is_masked()
    {
        using var client = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl) with { LoggerFactory = _logs });
        FailSectionGet($"Https required: {Emulator.WebhookUrl}calendar.section.get was called over http");
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);
        var settings = batch.Add(B24Methods.CalendarUserSettingsGet, new());

        await batch.ExecuteAsync();

        Assert.Equal(B24BatchCommandStatus.Failed, sections.Status);
        var error = Assert.IsType<B24MethodException>(sections.Error);
        Assert.Equal("Https required: http://127.0.0.1:" + Emulator.BaseAddress.Port + "/rest/1/***/calendar.section.get was called over http", error.Description);
        AssertNoSecrets(error);
        var thrown = Assert.Throws<B24MethodException>(() => sections.Value);
        AssertNoSecrets(thrown);
        Assert.DoesNotContain(Code, sections.ToString());
        Assert.Equal("Europe/Berlin", settings.Value.TimezoneName);
        Assert.NotEmpty(_logs.Entries);
        Assert.DoesNotContain(Code, _logs.AllText);
    }

    [Fact]
    public async Task A_command_error_echoing_the_token_plain_or_url_escaped_is_masked_and_a_halted_batch_says_nothing_either()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Token) with { LoggerFactory = _logs });
        FailSectionGet($"Token {Token} rejected; query was ?auth={Uri.EscapeDataString(Token)}", status: 401, code: "invalid_token");
        var batch = client.CreateBatch(halt: true);
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);
        var settings = batch.Add(B24Methods.CalendarUserSettingsGet, new());

        await batch.ExecuteAsync();

        var error = Assert.IsType<B24AuthException>(sections.Error);
        Assert.Equal("Token *** rejected; query was ?auth=***", error.Description);
        AssertNoSecrets(error);
        AssertNoSecrets(Assert.Throws<B24AuthException>(() => sections.Value));
        Assert.Equal(B24BatchCommandStatus.NotRun, settings.Status);
        AssertNoSecrets(Assert.Throws<InvalidOperationException>(() => settings.Value));
        Assert.DoesNotContain(Token, _logs.AllText);
        Assert.DoesNotContain(Uri.EscapeDataString(Token), _logs.AllText);
    }

    [Fact]
    public async Task A_command_error_sent_as_a_bare_string_is_masked()
    {
        using var client = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl));
        var answer = new JsonObject
        {
            ["result"] = new JsonObject
            {
                ["result"] = new JsonArray(),
                ["result_error"] = new JsonObject { ["cmd0"] = $"Fatal error in /rest/1/{Code}/batch" },
                ["result_total"] = new JsonArray(),
                ["result_next"] = new JsonArray(),
                ["result_time"] = new JsonArray(),
            },
        };
        Serve(200, answer.ToJsonString(), method: "batch");
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);

        await batch.ExecuteAsync();

        Assert.Equal("Fatal error in /rest/1/***/batch", sections.Error!.Description);
        AssertNoSecrets(sections.Error);
    }

    [Fact]
    public async Task A_command_result_of_the_wrong_shape_holding_the_code_is_masked_in_the_message_and_the_path()
    {
        using var client = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl));
        Emulator.Methods.Register(SectionGet, _ => MethodResult.Success(JsonNode.Parse($$$"""[{"ID": "{{{Code}}}"}]""")));
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);

        await batch.ExecuteAsync();

        var error = Assert.IsType<B24ResponseFormatException>(sections.Error);
        Assert.Contains("found the string \"***\"", error.Message, StringComparison.Ordinal);
        AssertNoSecrets(error);
        Assert.DoesNotContain(Code, error.JsonPath ?? "");
    }

    [Fact]
    public async Task A_command_result_whose_map_key_holds_the_code_is_masked_in_the_path()
    {
        using var client = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl));
        Emulator.Methods.Register(SectionGet, _ => MethodResult.Success(JsonNode.Parse($$$"""[{"ACCESS": {"{{{Code}}}": "x"}}]""")));
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);

        await batch.ExecuteAsync();

        var error = Assert.IsType<B24ResponseFormatException>(sections.Error);
        Assert.Equal("$.result.result.cmd0[0].ACCESS.***", error.JsonPath);
        AssertNoSecrets(error);
    }

    private void FailSectionGet(string description, int status = 400, string code = "") =>
        Emulator.Methods.Register(SectionGet, _ => MethodResult.Error(status, code, description));

    private void AssertNoSecrets(Exception error)
    {
        foreach (var secret in new[] { Code, Token, Uri.EscapeDataString(Token) })
        {
            Assert.DoesNotContain(secret, error.Message);
            Assert.DoesNotContain(secret, error.ToString());
            if (error is B24Exception b24)
            {
                Assert.DoesNotContain(secret, b24.Description);
            }
        }
    }
}
