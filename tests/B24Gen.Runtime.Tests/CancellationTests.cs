using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>The caller's CancellationToken is honoured; the client's own timeout is a transport error instead.</summary>
public sealed class CancellationTests : EmulatorTest
{
    [Fact]
    public async Task A_pre_cancelled_token_throws_OperationCanceledException_and_sends_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Api.Calendar.Section.GetAsync(UserOneSections, cancellation.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Api.Calendar.User.Settings.GetAsync(cancellation.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client.CallRawAsync(SectionGet, null, cancellation.Token));

        Assert.Empty(Emulator.Requests);
    }

    [Fact]
    public async Task Cancelling_while_the_portal_is_working_throws_OperationCanceledException()
    {
        using var portal = new BlockingHandler(Emulator);
        using var cancellation = new CancellationTokenSource();

        var call = Api.Calendar.Section.GetAsync(UserOneSections, cancellation.Token);
        await portal.Arrived;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task The_clients_own_timeout_is_a_transport_exception_not_a_cancellation()
    {
        using var portal = new BlockingHandler(Emulator);
        var options = TestOptions.Webhook(Emulator.WebhookUrl) with { Timeout = TimeSpan.FromMilliseconds(200) };
        using var client = new B24Client(options);

        var error = await Assert.ThrowsAsync<B24TransportException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(0, error.HttpStatus);
        Assert.Equal(SectionGet, error.Method);
        Assert.Contains("No response within 0", error.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.DoesNotContain(Emulator.WebhookCode, error.ToString());
    }

    /// <summary>Replaces calendar.section.get with a handler that blocks until disposed, and says when a call arrived.</summary>
    private sealed class BlockingHandler : IDisposable
    {
        private readonly ManualResetEventSlim _release = new();
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public BlockingHandler(PortalEmulator emulator)
        {
            emulator.Methods.Register("calendar.section.get", _ =>
            {
                _arrived.TrySetResult();
                _release.Wait();
                return MethodResult.Success(new JsonArray());
            });
        }

        public Task Arrived => _arrived.Task;

        public void Dispose()
        {
            _release.Set();
        }
    }
}
