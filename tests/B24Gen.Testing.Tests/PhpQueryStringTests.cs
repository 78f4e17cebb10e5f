using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary><see cref="PhpQueryString.Build"/>: PHP's <c>http_build_query</c>, the encoding of every event body.</summary>
public sealed class PhpQueryStringTests
{
    [Fact]
    public void Build_writes_nested_keys_lists_and_scalars_as_http_build_query_does()
    {
        var values = new JsonObject
        {
            ["event"] = "ONCRMDEALADD",
            ["data"] = new JsonObject { ["FIELDS"] = new JsonObject { ["ID"] = 5 } },
            ["a"] = new JsonArray("x", "y"),
            ["yes"] = true,
            ["no"] = false,
            ["nothing"] = null,
            ["empty"] = new JsonArray(),
            ["text"] = "a b~ü/&=",
            ["price"] = 1.5,
        };

        var encoded = PhpQueryString.Build(values);

        Assert.Equal(
            "event=ONCRMDEALADD&data%5BFIELDS%5D%5BID%5D=5&a%5B0%5D=x&a%5B1%5D=y&yes=1&no=0&text=a+b%7E%C3%BC%2F%26%3D&price=1.5",
            encoded);
    }

    [Fact]
    public void Parse_reads_back_what_Build_wrote_as_PHP_strings()
    {
        var values = new JsonObject
        {
            ["data"] = new JsonObject { ["FIELDS"] = new JsonObject { ["ID"] = 5 }, ["list"] = new JsonArray(1, "two") },
            ["auth"] = new JsonObject { ["domain"] = "127.0.0.1:5000" },
        };

        var parsed = PhpQueryString.Parse(PhpQueryString.Build(values));

        JsonAssert.Same("""{"data":{"FIELDS":{"ID":"5"},"list":["1","two"]},"auth":{"domain":"127.0.0.1:5000"}}""", parsed.ToJsonString());
    }
}
