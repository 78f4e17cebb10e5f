using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The incremental pipeline caches a step when its model equals the last one: equality by value (and hash codes
/// that agree with it) is what keeps an edit from regenerating everything.
/// </summary>
public class ModelEqualityTests
{
    [Fact]
    public void Equatable_arrays_compare_by_their_items_in_order()
    {
        EquatableArray<string> ab = new(["a", "b"]);

        Assert.Equal(ab, new EquatableArray<string>(["a", "b"]));
        Assert.True(ab == new EquatableArray<string>(["a", "b"]));
        Assert.Equal(ab.GetHashCode(), new EquatableArray<string>(["a", "b"]).GetHashCode());
        Assert.NotEqual(ab, new EquatableArray<string>(["b", "a"]));
        Assert.NotEqual(ab, new EquatableArray<string>(["a", "b", "c"]));
        Assert.NotEqual(ab, new EquatableArray<string>(["a"]));
        Assert.True(ab != new EquatableArray<string>(["a", "c"]));
        Assert.False(ab.Equals((object)"ab"));
        Assert.True(ab.Equals((object)new EquatableArray<string>(["a", "b"])));
    }

    [Fact]
    public void Hash_codes_tell_apart_order_and_content()
    {
        // Not required for correctness, but a hash that ignored order or items would put every model in one bucket.
        var hashes = new[] { new[] { "a", "b" }, ["b", "a"], ["a"], ["b"], ["a", "a"], [] }
            .Select(items => new EquatableArray<string>(items).GetHashCode())
            .ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void A_default_array_is_the_empty_one()
    {
        EquatableArray<string> none = default;

        Assert.True(none.IsEmpty);
        Assert.Empty(none);
        Assert.Equal(EquatableArray<string>.Empty, none);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), none.GetHashCode());
        Assert.False(new EquatableArray<string>(["x"]).IsEmpty);
    }

    [Fact]
    public void An_array_lists_and_indexes_its_items()
    {
        var array = new[] { "x", "y" }.ToEquatableArray();

        Assert.Equal(2, array.Count);
        Assert.Equal("y", array[1]);
        Assert.Equal(["x", "y"], array.ToList());
        Assert.Equal(["x", "y"], ((System.Collections.IEnumerable)array).Cast<string>().ToList());
    }

    [Fact]
    public void A_span_becomes_a_location_with_its_lines_and_offsets()
    {
        var location = new SourceSpan("/s/a.yaml", 2, 4, 3, 1, 30, 42).ToLocation();

        Assert.Equal("/s/a.yaml", location.GetLineSpan().Path);
        Assert.Equal((2, 4, 3, 1), (location.GetLineSpan().StartLinePosition.Line, location.GetLineSpan().StartLinePosition.Character, location.GetLineSpan().EndLinePosition.Line, location.GetLineSpan().EndLinePosition.Character));
        Assert.Equal((30, 12), (location.SourceSpan.Start, location.SourceSpan.Length));
        Assert.Equal(0, new SourceSpan("/s/a.yaml", 0, 0, 0, 0, 9, 5).ToLocation().SourceSpan.Length);
        Assert.Equal(new SourceSpan("/s/b.yaml", 0, 0, 0, 0, 0, 0), SourceSpan.StartOf("/s/b.yaml"));
    }

    [Fact]
    public void A_diagnostic_is_reported_at_its_span_else_at_its_file_else_nowhere()
    {
        var span = new SourceSpan("/s/a.yaml", 1, 2, 1, 5, 10, 13);
        var atSpan = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, span, "kind", "'x' is not one of read, write").ToDiagnostic();
        var placed = DiagnosticInfo.At(DiagnosticDescriptors.DuplicateType, new DeclarationPlace("/s/b.yaml", DeclarationPart.Type, 3), "Box", "/s/a.yaml").ToDiagnostic();
        var nowhere = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, null, "B24GenVisibility", "bad").ToDiagnostic();

        Assert.Equal(("B24G0010", "/s/a.yaml", 1, 2), (atSpan.Id, atSpan.Location.GetLineSpan().Path, atSpan.Location.GetLineSpan().StartLinePosition.Line, atSpan.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal("Invalid value for 'kind': 'x' is not one of read, write.", atSpan.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("B24G0011", "/s/b.yaml", 0), (placed.Id, placed.Location.GetLineSpan().Path, placed.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal(Location.None, nowhere.Location);
    }

    [Fact]
    public void Diagnostic_infos_are_equal_when_id_span_arguments_and_place_are()
    {
        var span = new SourceSpan("/s/a.yaml", 1, 2, 1, 5, 10, 13);
        var place = new DeclarationPlace("/s/a.yaml", DeclarationPart.Reference, 1);

        Assert.Equal(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, span, "a", "b"), DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, span, "a", "b"));
        Assert.NotEqual(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, span, "a", "b"), DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, span, "a", "c"));
        Assert.Equal(DiagnosticInfo.At(DiagnosticDescriptors.UnknownType, place, "T"), DiagnosticInfo.At(DiagnosticDescriptors.UnknownType, place, "T"));
        Assert.NotEqual(DiagnosticInfo.At(DiagnosticDescriptors.UnknownType, place, "T"), DiagnosticInfo.At(DiagnosticDescriptors.UnknownType, place with { Index = 2 }, "T"));
    }
}
