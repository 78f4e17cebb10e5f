using System.Text.Json;
using B24Gen.Batch;

namespace B24Gen.Runtime.Tests.Batch;

/// <summary>
/// Reading a <c>batch</c> answer's <c>result</c> however a portal shapes it: each map may be an object, <c>[]</c>, a
/// list (names 0, 1, 2...), null or false; anything else is a <see cref="B24ResponseFormatException"/> that says where
/// and what came, never a crash, and never shows a secret.
/// </summary>
public sealed class BatchAnswerTests
{
    private static readonly SecretRedactor Redactor = new("s3cr3tWebhookCode77");

    [Theory]
    [InlineData("\"s3cr3tWebhookCode77\"", "a string")]
    [InlineData("5", "the number 5")]
    [InlineData("[1, 2]", "a list")]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    public void A_result_that_is_not_an_object_is_a_format_error_at_result(string result, string described)
    {
        var error = Assert.Throws<B24ResponseFormatException>(() => BatchAnswer.Read(BatchJson.Of(result), 200, Redactor));

        Assert.Equal("batch", error.Method);
        Assert.Equal(200, error.HttpStatus);
        Assert.Contains("an object with result, result_error, result_total, result_next and result_time", error.Message, StringComparison.Ordinal);
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
        Assert.Contains("result", error.JsonPath, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3tWebhookCode77", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("result_error", "\"oops\"", "a string")]
    [InlineData("result_total", "7", "the number 7")]
    [InlineData("result_next", "true", "true")]
    public void A_map_of_another_shape_is_a_format_error_at_that_map(string map, string value, string described)
    {
        var error = Assert.Throws<B24ResponseFormatException>(() => BatchAnswer.Read(BatchJson.Of($$"""{"result": {}, "{{map}}": {{value}}}"""), 200, Redactor));

        Assert.Contains("a map keyed by command name", error.Message, StringComparison.Ordinal);
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
        Assert.Contains(map, error.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_come_as_objects_lists_empty_lists_null_or_false()
    {
        var answer = BatchAnswer.Read(BatchJson.Of("""
            {"result": {"a": 1, "b": [2]}, "result_error": [], "result_total": [10, "20", 30], "result_next": null, "result_time": false}
            """), 200, Redactor);

        Assert.Equal(["a", "b"], answer.Results.Keys.Order());
        Assert.Empty(answer.Errors);
        Assert.Equal(["0", "1", "2"], answer.Totals.Keys.Order());
        Assert.Equal(10, BatchAnswer.Int64(answer.Totals, "0"));
        Assert.Equal(20, BatchAnswer.Int64(answer.Totals, "1"));
        Assert.Equal(30, BatchAnswer.Int64(answer.Totals, "2"));
        Assert.Null(BatchAnswer.Int64(answer.Totals, "3"));
        Assert.Empty(answer.Nexts);
        Assert.Empty(answer.Times);
    }

    [Fact]
    public void Missing_maps_are_empty_and_unreadable_values_are_null()
    {
        var answer = BatchAnswer.Read(BatchJson.Of("""{"result_total": {"a": "many"}, "result_time": {"a": "soon"}}"""), 200, Redactor);

        Assert.Empty(answer.Results);
        Assert.Null(BatchAnswer.Int64(answer.Totals, "a"));
        Assert.Null(BatchAnswer.Time(answer.Times, "a"));
    }

    [Theory]
    [InlineData("""{"error": "NOT_FOUND", "error_description": "Not found"}""", "NOT_FOUND", "Not found")]
    [InlineData("""{"error": "NOT_FOUND", "error_description": null}""", "NOT_FOUND", "")]
    [InlineData("""{"error": 404}""", "404", "")]
    [InlineData("""{"error_description": {"text": "nested"}}""", "", """{"text": "nested"}""")]
    [InlineData("\"Access denied\"", "", "Access denied")]
    [InlineData("42", "", "42")]
    public void A_command_error_reads_its_code_and_description_whatever_their_shape(string error, string code, string description)
    {
        var exception = BatchAnswer.Error("crm.deal.get", BatchJson.Of(error), 200, Redactor);

        Assert.Equal("crm.deal.get", exception.Method);
        Assert.Equal(code, exception.Code);
        Assert.Equal(description, exception.Description);
    }

    [Fact]
    public void A_command_error_never_shows_a_secret()
    {
        var exception = BatchAnswer.Error("crm.deal.get", BatchJson.Of("""{"error": "X", "error_description": "bad key s3cr3tWebhookCode77"}"""), 200, Redactor);

        Assert.DoesNotContain("s3cr3tWebhookCode77", exception.ToString(), StringComparison.Ordinal);
        Assert.Equal("bad key ***", exception.Description);
    }
}
