using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// A method whose YAML has no <c>kind:</c> is a write: after a 5xx or a timeout it is not sent again, so a
/// user's <c>crm.deal.add</c> without <c>kind:</c> can never create the deal twice.
/// </summary>
public sealed class MethodKindDefaultTests : ResilienceTest
{
    private const string ServerError = """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}""";

    [Fact]
    public void A_method_without_kind_is_described_as_a_write()
    {
        Assert.Equal(B24MethodKind.Write, B24Methods.TestDealAdd.Kind);
    }

    [Fact]
    public async Task A_method_without_kind_is_not_retried_after_a_server_error()
    {
        var calls = 0;
        Emulator.Methods.Register("test.deal.add", _ => MethodResult.Success(Interlocked.Increment(ref calls)));
        using var client = NewClient();
        ServeTimes(1, 500, ServerError, "test.deal.add");

        await Assert.ThrowsAsync<B24ServerException>(() => new B24Api(client).Test.Deal.AddAsync(new() { Title = "once" }));

        Assert.Equal(1, RequestsTo("test.deal.add"));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_method_without_kind_is_not_retried_after_a_dropped_connection()
    {
        using var client = NewClient();
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = "test.deal.add" });

        await Assert.ThrowsAsync<B24TransportException>(() => new B24Api(client).Test.Deal.AddAsync(new() { Title = "once" }));

        Assert.Equal(1, RequestsTo("test.deal.add"));
    }
}
