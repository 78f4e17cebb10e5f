using System.Text;
using B24Gen.Events;

namespace B24Gen.Runtime.Tests.Events;

/// <summary>The portal's event bodies (PHP-style form keys) read as the JSON PHP's json_encode gives for the same array.</summary>
public class PhpFormBodyTests
{
    private static string Json(string body) => Encoding.UTF8.GetString(PhpFormBody.ToJson(body));

    [Fact]
    public void A_documented_event_body_becomes_its_documented_json()
    {
        // ONCALENDARENTRYADD as the portal posts it, URL-encoded.
        const string body = "event=ONCALENDARENTRYADD&event_handler_id=6&data%5Bid%5D=202&ts=1734608536"
            + "&auth%5Baccess_token%5D=s6p6&auth%5Bdomain%5D=some-domain.bitrix24.com&auth%5Bapplication_token%5D=5185";

        Assert.Equal(
            """{"event":"ONCALENDARENTRYADD","event_handler_id":"6","data":{"id":"202"},"ts":"1734608536","auth":{"access_token":"s6p6","domain":"some-domain.bitrix24.com","application_token":"5185"}}""",
            Json(body));
    }

    [Theory]
    [InlineData("data[FIELDS][ID]=5&data[FIELDS][TITLE]=A+deal", """{"data":{"FIELDS":{"ID":"5","TITLE":"A deal"}}}""")]
    [InlineData("ids[0]=4&ids[1]=7", """{"ids":["4","7"]}""")]
    [InlineData("ids[]=4&ids[]=7", """{"ids":["4","7"]}""")]
    [InlineData("ids[1]=4&ids[0]=7", """{"ids":{"1":"4","0":"7"}}""")]
    [InlineData("ids[5]=4&ids[]=7", """{"ids":{"5":"4","6":"7"}}""")]
    [InlineData("a=1&a=2", """{"a":"2"}""")]
    [InlineData("a=1&a[b]=2", """{"a":{"b":"2"}}""")]
    [InlineData("flag&empty=", """{"flag":"","empty":""}""")]
    [InlineData("name=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82&q=a%26b%3Dc", """{"name":"\u041F\u0440\u0438\u0432\u0435\u0442","q":"a\u0026b=c"}""")]
    [InlineData("", "{}")]
    public void Keys_nest_list_and_replace_as_php_reads_them(string body, string json) => Assert.Equal(json, Json(body));

    [Theory]
    [InlineData("a[b]x[c]=1", "text between")]
    [InlineData("a[b[c]]=1", "text between")]
    public void A_key_that_cannot_be_read_is_a_format_exception_naming_it(string body, string problem)
    {
        var error = Assert.Throws<FormatException>(() => PhpFormBody.ToJson(body));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains(body.Split('=')[0], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_of_many_appended_values_is_read_in_one_pass()
    {
        // Parsed before the application token can be checked, so a large body must not cost quadratic time.
        var body = string.Join("&", Enumerable.Repeat("a[]=1", 100_000));

        var json = Json(body);

        Assert.StartsWith("{\"a\":[\"1\",\"1\"", json, StringComparison.Ordinal);
        Assert.Equal(99_999, json.Count(c => c == ','));
    }

    [Fact]
    public void Nesting_deeper_than_php_allows_is_refused()
    {
        var key = "a" + string.Concat(Enumerable.Repeat("[x]", PhpFormBody.MaxDepth));

        Assert.Contains("deeper than 64", Assert.Throws<FormatException>(() => PhpFormBody.ToJson(key + "=1")).Message, StringComparison.Ordinal);
        Assert.StartsWith("{\"a\":{\"x\"", Json(string.Concat("a", string.Concat(Enumerable.Repeat("[x]", PhpFormBody.MaxDepth - 1)), "=1")), StringComparison.Ordinal);
    }
}
