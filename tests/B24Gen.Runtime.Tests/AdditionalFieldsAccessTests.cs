using System.Text.Json;
using B24Gen.Serialization;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// <see cref="B24AdditionalFields"/>: what the extension properties of a <c>partial: true</c> patch on a precompiled
/// stock type read from and write to <c>AdditionalFields</c>. A value that does not fit reads as null, never throws.
/// </summary>
public sealed class AdditionalFieldsAccessTests
{
    private static Dictionary<string, JsonElement> Fields(string json) => Of(json).EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

    private static readonly Dictionary<string, JsonElement> Sample = Fields("""
        {
          "UF_RATING": 5, "UF_RATING_TEXT": "7", "UF_BROKEN": "seven", "UF_NULL": null, "UF_TITLE": "Deal",
          "UF_TAGS": ["a", "b"], "UF_MAP": {"x": 1}, "UF_EMPTY_MAP": [], "UF_FLAG": "Y", "UF_WHEN": "2025-03-20T15:00:00+03:00",
          "UF_BIG": 1e400, "UF_OBJECT": {"a": 1}
        }
        """);

    [Fact]
    public void A_present_field_is_read_with_its_type_leniently()
    {
        Assert.Equal(5, B24AdditionalFields.Read(Sample, "UF_RATING", B24JsonType.NullableInt64));
        Assert.Equal(7, B24AdditionalFields.Read(Sample, "UF_RATING_TEXT", B24JsonType.NullableInt64));
        Assert.Equal("Deal", B24AdditionalFields.Read(Sample, "UF_TITLE", B24JsonType.NullableString));
        Assert.Equal(["a", "b"], B24AdditionalFields.Read(Sample, "UF_TAGS", B24JsonType.String.List));
        Assert.Equal(1, B24AdditionalFields.Read(Sample, "UF_MAP", B24JsonType.Int64.Map)!["x"]);
        Assert.Empty(B24AdditionalFields.Read(Sample, "UF_EMPTY_MAP", B24JsonType.Int64.Map)!);
        Assert.True(B24AdditionalFields.Read(Sample, "UF_FLAG", B24JsonType.NullableYesNo));
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 15, 0, 0, TimeSpan.FromHours(3)), B24AdditionalFields.Read(Sample, "UF_WHEN", B24JsonType.NullableDateTime)!.Value.ToDateTimeOffset());
        Assert.Equal(5, B24AdditionalFields.Read(Sample, "UF_RATING", B24JsonType.Union(B24JsonType.Int64, B24JsonType.String)).First);
        Assert.Equal("Deal", B24AdditionalFields.Read(Sample, "UF_TITLE", B24JsonType.Union(B24JsonType.Int64, B24JsonType.String)).Second);
    }

    [Fact]
    public void An_absent_or_null_field_reads_as_null()
    {
        Assert.Null(B24AdditionalFields.Read(Sample, "UF_MISSING", B24JsonType.NullableInt64));
        Assert.Null(B24AdditionalFields.Read(Sample, "uf_rating", B24JsonType.NullableInt64));
        Assert.Null(B24AdditionalFields.Read(Sample, "UF_NULL", B24JsonType.NullableInt64));
        Assert.Null(B24AdditionalFields.Read(Sample, "UF_NULL", B24JsonType.NullableString));
        Assert.Null(B24AdditionalFields.Read(Sample, "UF_MISSING", B24JsonType.String.List));
    }

    [Theory]
    [InlineData("UF_BROKEN")] // text that is no number
    [InlineData("UF_TAGS")] // a list where a number belongs
    [InlineData("UF_OBJECT")] // an object where a number belongs
    [InlineData("UF_BIG")] // a number out of range
    public void A_value_that_does_not_fit_reads_as_null_instead_of_throwing(string name) =>
        Assert.Null(B24AdditionalFields.Read(Sample, name, B24JsonType.NullableInt64));

    [Fact]
    public void A_value_of_another_shape_reads_as_null_for_lists_maps_and_unions()
    {
        Assert.Null(B24AdditionalFields.Read(Sample, "UF_TITLE", B24JsonType.String.List));
        Assert.Null(B24AdditionalFields.Read(Sample, "UF_RATING", B24JsonType.Int64.Map));
        Assert.Null(B24AdditionalFields.Read(Sample, "UF_TAGS", B24JsonType.NullableString));
        Assert.Equal(default, B24AdditionalFields.Read(Sample, "UF_OBJECT", B24JsonType.Union(B24JsonType.Int64, B24JsonType.String)));
    }

    [Fact]
    public void With_sets_a_field_in_a_copy_and_null_removes_it()
    {
        var set = B24AdditionalFields.With(Sample, "UF_RATING", 9L, B24JsonType.NullableInt64);
        var added = B24AdditionalFields.With(Sample, "UF_NEW", ["x"], B24JsonType.String.List);
        var removed = B24AdditionalFields.With(Sample, "UF_TITLE", null, B24JsonType.NullableString);

        Assert.Equal("9", set["UF_RATING"].GetRawText());
        Assert.Equal("""["x"]""", added["UF_NEW"].GetRawText());
        Assert.False(removed.ContainsKey("UF_TITLE"));
        Assert.Equal(Sample.Count - 1, removed.Count);
        Assert.Equal(Sample.Count + 1, added.Count);
        Assert.Equal("5", Sample["UF_RATING"].GetRawText());
        Assert.True(Sample.ContainsKey("UF_TITLE"));
        Assert.False(Sample.ContainsKey("UF_NEW"));
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, JsonElement>)set).Remove("UF_RATING"));
    }

    [Fact]
    public void Both_refuse_nulls()
    {
        Assert.Equal("fields", Assert.Throws<ArgumentNullException>(() => B24AdditionalFields.Read(null!, "X", B24JsonType.NullableInt64)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentNullException>(() => B24AdditionalFields.Read<long?>(Sample, "X", null!)).ParamName);
        Assert.Equal("fields", Assert.Throws<ArgumentNullException>(() => B24AdditionalFields.With(null!, "X", 1L, B24JsonType.NullableInt64)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentNullException>(() => B24AdditionalFields.With<long?>(Sample, "X", 1L, null!)).ParamName);
    }
}
