using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Paging;

/// <summary>
/// <c>ListAllAsync</c> of the offset, page and cursor modes and of a wrapped list (<c>paging: { mode, param, list }</c>),
/// against handlers that page 120 things 50 at a time, as the portal's methods of each kind do.
/// </summary>
public sealed class ParameterPagingTests : EmulatorTest
{
    private const int Things = 120;
    private const int PageSize = 50;

    private static JsonObject Thing(long id) => new() { ["id"] = id, ["name"] = $"Thing {id}" };

    private static JsonArray Slice(IEnumerable<long> ids) => [.. ids.Select(id => (JsonNode)Thing(id))];

    private List<JsonObject> Sent(string method) => Emulator.Requests
        .Where(r => r.RestMethod == method)
        .Select(r => JsonNode.Parse(r.Body)!.AsObject())
        .ToList();

    private void RegisterOffset() => Emulator.Methods.Register("test.things.offset", context =>
    {
        var offset = context.Parameters.GetInt64("OFFSET");
        return MethodResult.Success(Slice(Enumerable.Range(1, Things).Select(i => (long)i).Skip((int)offset).Take(PageSize)));
    });

    [Fact]
    public async Task Offset_mode_sends_the_items_read_so_far_until_a_page_is_empty()
    {
        RegisterOffset();

        var things = await Api.Test.Things.OffsetAllAsync(new() { Limit = 50 }).ToListAsync();

        Assert.Equal(Enumerable.Range(1, Things).Select(i => (long)i), things.Select(t => t.Id));
        Assert.Equal([0L, 50, 100, 120], Sent("test.things.offset").Select(body => (long)body["OFFSET"]!));
        Assert.All(Sent("test.things.offset"), body => Assert.Equal(50, (long)body["LIMIT"]!));
    }

    [Fact]
    public async Task Offset_mode_starts_at_the_requests_own_offset()
    {
        RegisterOffset();

        var things = await Api.Test.Things.OffsetAllAsync(new() { Offset = 100 }).ToListAsync();

        Assert.Equal(Enumerable.Range(101, 20).Select(i => (long)i), things.Select(t => t.Id));
        Assert.Equal([100L, 120], Sent("test.things.offset").Select(body => (long)body["OFFSET"]!));
    }

    [Fact]
    public async Task Page_mode_counts_pages_from_one_inside_a_wrapped_list()
    {
        Emulator.Methods.Register("test.things.page", context =>
        {
            var page = context.Parameters.GetInt64("page");
            var ids = Enumerable.Range(1, Things).Select(i => (long)i).Skip((int)(page - 1) * PageSize).Take(PageSize).ToList();
            return MethodResult.Success(new JsonObject { ["items"] = Slice(ids), ["hasMore"] = ids.Count == PageSize });
        });

        var things = await Api.Test.Things.PageAllAsync().ToListAsync();

        Assert.Equal(Enumerable.Range(1, Things).Select(i => (long)i), things.Select(t => t.Id));
        Assert.Equal([1L, 2, 3, 4], Sent("test.things.page").Select(body => (long)body["page"]!));
    }

    [Fact]
    public async Task Cursor_mode_asks_for_the_items_after_the_last_ones_cursor()
    {
        // Newest first, as im.dialog.messages.get: LAST_ID asks for the items older than it.
        Emulator.Methods.Register("test.things.cursor", context =>
        {
            var last = context.Parameters.IsSet("LAST_ID") ? context.Parameters.GetInt64("LAST_ID") : long.MaxValue;
            var ids = Enumerable.Range(1, Things).Select(i => (long)i).Reverse().Where(id => id < last).Take(PageSize);
            return MethodResult.Success(new JsonObject { ["items"] = Slice(ids) });
        });

        var things = await Api.Test.Things.CursorAllAsync().ToListAsync();

        Assert.Equal(Enumerable.Range(1, Things).Reverse().Select(i => (long)i), things.Select(t => t.Id));
        var sent = Sent("test.things.cursor");
        Assert.False(sent[0].ContainsKey("LAST_ID"));
        Assert.Equal([71L, 21, 1], sent.Skip(1).Select(body => (long)body["LAST_ID"]!));
    }

    [Fact]
    public async Task Cursor_mode_reads_a_cursor_sent_as_a_string_in_another_case()
    {
        Emulator.Methods.Register("test.things.cursor", context =>
        {
            var last = context.Parameters.IsSet("LAST_ID") ? context.Parameters.GetInt64("LAST_ID") : 4;
            JsonArray items = [.. Enumerable.Range(1, 3).Select(i => 4L - i).Where(id => id < last).Take(2).Select(id => (JsonNode)new JsonObject { ["ID"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = "x" })];
            return MethodResult.Success(new JsonObject { ["items"] = items });
        });

        var things = await Api.Test.Things.CursorAllAsync().ToListAsync();

        Assert.Equal(3, things.Count);
        Assert.Equal([2L, 1], Sent("test.things.cursor").Skip(1).Select(body => (long)body["LAST_ID"]!));
    }

    [Fact]
    public async Task Cursor_mode_without_a_cursor_on_the_last_item_says_what_to_declare()
    {
        Emulator.Methods.Register("test.things.cursor", _ =>
            MethodResult.Success(new JsonObject { ["items"] = new JsonArray(new JsonObject { ["name"] = "no id" }) }));

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(async () => await Api.Test.Things.CursorAllAsync().ToListAsync());

        Assert.Contains("LAST_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test.things.offset")]
    [InlineData("test.things.page")]
    public async Task A_portal_that_ignores_the_parameter_ends_the_listing_after_one_page(string method)
    {
        // The same page whatever is asked: the second answer repeats the first, so it is not read twice.
        JsonNode Page() => method == "test.things.offset" ? Slice([1, 2, 3]) : new JsonObject { ["items"] = Slice([1, 2, 3]) };
        Emulator.Methods.Register(method, _ => MethodResult.Success(Page()));

        var things = method == "test.things.offset"
            ? await Api.Test.Things.OffsetAllAsync().ToListAsync()
            : await Api.Test.Things.PageAllAsync().ToListAsync();

        Assert.Equal([1L, 2, 3], things.Select(t => t.Id));
        Assert.Equal(2, Sent(method).Count);
    }

    [Fact]
    public async Task Start_mode_over_a_wrapped_list_follows_next()
    {
        Emulator.Methods.Register("test.things.wrapped", context =>
        {
            var start = context.Parameters.GetInt64("start");
            var ids = Enumerable.Range(1, Things).Select(i => (long)i).Skip((int)start).Take(PageSize);
            return MethodResult.Success(new JsonObject { ["items"] = Slice(ids) }, total: Things, next: start + PageSize < Things ? start + PageSize : null);
        });

        var things = await Api.Test.Things.WrappedAllAsync(new() { Filter = new Dictionary<string, JsonElement> { ["ACTIVE"] = JsonDocument.Parse("\"Y\"").RootElement } }).ToListAsync();

        Assert.Equal(Enumerable.Range(1, Things).Select(i => (long)i), things.Select(t => t.Id));
        Assert.Equal([0L, 50, 100], Sent("test.things.wrapped").Select(body => (long)body["start"]!));
        Assert.All(Sent("test.things.wrapped"), body => Assert.Equal("Y", (string)body["filter"]!["ACTIVE"]!));
    }

    [Fact]
    public async Task A_wrapped_list_that_is_missing_or_null_reads_as_the_end()
    {
        Emulator.Methods.Register("test.things.page", _ => MethodResult.Success(new JsonObject { ["items"] = null }));

        Assert.Empty(await Api.Test.Things.PageAllAsync().ToListAsync());
        Assert.Single(Sent("test.things.page"));
    }

    [Fact]
    public async Task The_descriptor_says_how_the_method_pages()
    {
        Assert.Equal(B24Paging.Cursor, B24Methods.TestThingsCursor.Paging);
        Assert.Equal("LAST_ID", B24Methods.TestThingsCursor.PagingParameter);
        Assert.Equal("id", B24Methods.TestThingsCursor.PagingCursor);
        Assert.Equal("items", B24Methods.TestThingsCursor.PagedList);
        Assert.Equal(B24Paging.Offset, B24Methods.TestThingsOffset.Paging);
        Assert.Null(B24Methods.TestThingsOffset.PagedList);
        Assert.Equal(B24Paging.Start, B24Methods.TestThingsWrapped.Paging);
        Assert.Null(B24Methods.TestThingsWrapped.PagingParameter);
        await Task.CompletedTask;
    }
}

/// <summary>A descriptor in an advanced mode without its parameter is refused when listing, with what is missing.</summary>
public sealed class ParameterPagingArgumentTests
{
    [Fact]
    public void An_offset_descriptor_without_its_parameter_is_refused()
    {
        using var client = new B24Client(B24ClientOptions.FromWebhook("https://example.bitrix24.com/rest/1/abc/"));
        var method = new B24Method<TestThingsOffsetRequest, IReadOnlyList<PagedThing>>("test.things.offset", B24MethodKind.Read, TestThingsOffsetRequest.JsonType, B24Methods.TestThingsOffset.Result, B24Paging.Offset);

        var error = Assert.Throws<ArgumentException>(() => client.ListAsync(method, new TestThingsOffsetRequest()));

        Assert.Equal("method", error.ParamName);
        Assert.Contains("PagingParameter", error.Message, StringComparison.Ordinal);
    }
}
