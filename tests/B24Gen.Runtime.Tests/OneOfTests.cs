using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// <c>oneOf:</c>: a request that sets none of a requirement's alternatives fails before anything is sent, with what to set;
/// one that sets an alternative (a whole set, for one of several parameters) goes out as it is.
/// </summary>
public sealed class OneOfTests : EmulatorTest
{
    private void RegisterFind() => Emulator.Methods.Register("test.things.find", _ => MethodResult.Success(new JsonArray()));

    [Fact]
    public async Task A_request_that_names_neither_fails_before_it_is_sent()
    {
        RegisterFind();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Api.Test.Things.FindAsync(new() { AttachId = 5 }));

        Assert.Equal("request", error.ParamName);
        Assert.StartsWith("test.things.find needs one of IBLOCK_ID or IBLOCK_CODE: set either in the request.", error.Message, StringComparison.Ordinal);
        Assert.Empty(Emulator.Requests);
    }

    [Fact]
    public async Task A_set_counts_only_when_every_parameter_of_it_is_set()
    {
        RegisterFind();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Api.Test.Things.FindAsync(new() { IblockId = 1, ModuleId = "vote", EntityType = "BLOG_POST" }));

        Assert.Contains("needs one of attachId or moduleId + entityType + entityId or signedAttachId: set one of them", error.Message, StringComparison.Ordinal);
        Assert.Empty(Emulator.Requests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Any_alternative_is_enough_and_is_sent_as_set(bool bySet)
    {
        RegisterFind();
        var request = bySet
            ? new TestThingsFindRequest { IblockCode = "news", ModuleId = "vote", EntityType = "BLOG_POST", EntityId = 7 }
            : new TestThingsFindRequest { IblockId = 1, SignedAttachId = "s.1" };

        await Api.Test.Things.FindAsync(request);

        var body = Assert.Single(Emulator.Requests).Body;
        Assert.Equal(bySet ? """{"IBLOCK_CODE":"news","moduleId":"vote","entityType":"BLOG_POST","entityId":7}""" : """{"IBLOCK_ID":1,"signedAttachId":"s.1"}""", body);
    }

    [Fact]
    public void A_batch_command_and_a_listing_are_checked_too()
    {
        var batch = Client.CreateBatch();

        Assert.Throws<ArgumentException>(() => batch.Add(B24Methods.TestThingsFind, new TestThingsFindRequest { AttachId = 1 }));
        Assert.Throws<ArgumentException>(() => Client.ListAsync(Paged, new TestThingsFindRequest { SignedAttachId = "s.1" }));
        Assert.Empty(Emulator.Requests);
    }

    /// <summary>test.things.find as a paged method, to check a listing (the schema's methods with one-of requirements do not page).</summary>
    internal static readonly B24Method<TestThingsFindRequest, IReadOnlyList<PagedThing>> Paged =
        new("test.things.find", B24MethodKind.Read, TestThingsFindRequest.JsonType, B24Methods.TestThingsFind.Result, B24Paging.Start);

    [Fact]
    public void The_descriptor_carries_the_requirements()
    {
        var requirements = TestThingsFindRequest.JsonType.OneOf;

        Assert.Equal(["IBLOCK_ID or IBLOCK_CODE", "attachId or moduleId + entityType + entityId or signedAttachId"], requirements.Select(r => r.ToString()));
        Assert.Empty(TestThingsOffsetRequest.JsonType.OneOf);
    }
}
