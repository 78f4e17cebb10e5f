using System.Net;
using System.Text;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>A moved portal answers 302: the call is re-posted (POST, same body) to the new location, never turned into a GET.</summary>
public sealed class RedirectTests : EmulatorTest
{
    [Fact]
    public async Task A_302_is_re_posted_with_the_same_body()
    {
        Redirect(302, Emulator.WebhookUrl + SectionGet);

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
        var requests = Emulator.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request =>
        {
            Assert.Equal("POST", request.HttpMethod);
            Assert.Equal("""{"type":"user","ownerId":1}""", request.Body);
            Assert.Equal("application/json; charset=utf-8", request.ContentType);
            Assert.Equal($"/rest/1/{Emulator.WebhookCode}/calendar.section.get", request.Path);
        });
        Assert.True(requests[0].ServedByFault);
        Assert.False(requests[1].ServedByFault);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task Other_redirect_statuses_are_re_posted_too(int status)
    {
        Redirect(status, Emulator.WebhookUrl + SettingsGet, SettingsGet);

        var settings = await Api.Calendar.User.Settings.GetAsync();

        Assert.Equal("Europe/Berlin", settings.TimezoneName);
        Assert.Equal(["POST", "POST"], Emulator.Requests.Select(request => request.HttpMethod));
        Assert.All(Emulator.Requests, request => Assert.Equal("{}", request.Body));
    }

    [Fact]
    public async Task A_relative_location_is_resolved_against_the_request()
    {
        Redirect(302, $"/rest/1/{Emulator.WebhookCode}/{SectionGet}");

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
        Assert.Equal(2, Emulator.Requests.Count);
    }

    [Fact]
    public async Task A_domain_change_is_re_posted_to_the_new_portal()
    {
        await using var moved = await PortalEmulator.StartAsync();
        Redirect(302, moved.WebhookUrl + SectionGet);

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
        Assert.True(Assert.Single(Emulator.Requests).ServedByFault);
        var arrived = Assert.Single(moved.Requests);
        Assert.Equal("POST", arrived.HttpMethod);
        Assert.Equal("""{"type":"user","ownerId":1}""", arrived.Body);
        Assert.Equal($"/rest/1/{moved.WebhookCode}/calendar.section.get", arrived.Path);
    }

    [Fact]
    public async Task An_OAuth_call_keeps_auth_in_the_re_posted_body()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        Redirect(302, Emulator.ClientEndpoint + SectionGet);

        var sections = await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
        Assert.Equal(2, Emulator.Requests.Count);
        Assert.All(Emulator.Requests, request => Assert.Equal(
            $$"""{"type":"user","ownerId":1,"auth":"{{Emulator.AccessToken}}"}""", request.Body));
    }

    [Fact]
    public async Task A_redirect_loop_ends_in_an_error_not_a_hang()
    {
        Emulator.EnqueueFault(new FaultResponse(302, "", "text/html")
        {
            ForMethod = SectionGet,
            Times = 100,
            Headers = new Dictionary<string, string> { ["Location"] = Emulator.WebhookUrl + SectionGet },
        });

        var error = await Assert.ThrowsAnyAsync<B24Exception>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(302, error.HttpStatus);
        Assert.Equal(6, Emulator.Requests.Count); // the call and five redirects followed
        Assert.All(Emulator.Requests, request => Assert.Equal("POST", request.HttpMethod));
    }

    [Fact]
    public async Task A_redirect_to_plain_HTTP_on_another_host_is_refused()
    {
        // Guards a fixed bug: HttpTransport follows any Location. HTTPS is required except for loopback (README, "Auth"), and the body
        // carries the OAuth token: re-posting it in clear text to another host must not happen.
        using var handler = new OfflineHandler();
        using var http = new HttpClient(handler);
        using var client = new B24Client(http, TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        Redirect(302, "http://moved-portal.example.com/rest/" + SectionGet);

        await Assert.ThrowsAnyAsync<B24Exception>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Empty(handler.Intercepted);
    }

    [Fact]
    public async Task A_redirect_to_an_unsupported_scheme_is_a_B24Exception()
    {
        // Guards a fixed bug: HttpClient throws NotSupportedException for ftp://, which B24Client.SendAsync does not catch.
        Redirect(302, $"ftp://127.0.0.1:{Emulator.BaseAddress.Port}/rest/1/{Emulator.WebhookCode}/{SectionGet}");

        var error = await Record.ExceptionAsync(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.IsAssignableFrom<B24Exception>(error);
        Assert.DoesNotContain(Emulator.WebhookCode, error.ToString());
    }

    private void Redirect(int status, string location, string method = SectionGet) =>
        Emulator.EnqueueFault(new FaultResponse(status, "", "text/html")
        {
            ForMethod = method,
            Headers = new Dictionary<string, string> { ["Location"] = location },
        });

    /// <summary>Real HTTP for loopback; anything else is answered locally (no network) and recorded.</summary>
    private sealed class OfflineHandler : DelegatingHandler
    {
        private readonly List<Uri> _intercepted = [];

        public OfflineHandler()
            : base(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
        }

        public IReadOnlyList<Uri> Intercepted
        {
            get
            {
                lock (_intercepted)
                {
                    return [.. _intercepted];
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { IsLoopback: true })
            {
                return base.SendAsync(request, cancellationToken);
            }

            lock (_intercepted)
            {
                _intercepted.Add(request.RequestUri!);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"result":[]}""", Encoding.UTF8, "application/json"),
            });
        }
    }
}
