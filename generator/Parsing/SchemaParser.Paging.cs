using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Yaml;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// The <c>paging:</c> of a method: a mode word (<c>paging: start</c>), or a mapping for what a word cannot say: the
/// parameter the offset, page and cursor modes advance, the cursor's item field, and the list a wrapped result holds
/// (<c>paging: { mode: start, list: tasks }</c> for <c>{"tasks": [...]}</c>; the index finds that field in the result's
/// type, whichever file declares it: <see cref="Resolution.WrappedListResolver"/>).
/// </summary>
internal sealed partial class SchemaParser
{
    private static readonly string[] s_pagingKeys = { "mode", "list", "param", "cursor" };

    private static readonly (string Text, PagingKind? Value)[] s_pagingModes =
    {
        ("none", PagingKind.None), ("start", PagingKind.Start), ("fast", PagingKind.Fast),
        ("offset", PagingKind.Offset), ("page", PagingKind.Page), ("cursor", PagingKind.Cursor),
    };

    /// <summary>The paging of a method; whatever does not fit is reported and leaves the method unpaged.</summary>
    private (PagingKind Kind, string? Parameter, string? Cursor, string? ListName) ParsePaging(KnownEntries entries, TypeRef result, List<FieldModel> parameters)
    {
        var none = (PagingKind.None, (string?)null, (string?)null, (string?)null);
        if (!entries.TryGetValue("paging", out var entry))
        {
            return none;
        }

        // The word is the mode; a mapping says it under 'mode:'.
        var spec = entry.Value is YamlMapping mapping ? Entries(mapping, "paging", s_pagingKeys) : new KnownEntries(s_pagingKeys);
        var modeKey = entry.Value is YamlMapping ? "mode" : "paging";
        if (entry.Value is YamlMapping && !spec.ContainsKey("mode"))
        {
            Report(DiagnosticDescriptors.InvalidValue, entry.Value.Span, "paging", "a paging mapping needs 'mode:' (start, fast, offset, page or cursor)");
            return none;
        }

        if (ParseChoice(modeKey == "mode" ? spec : entries, modeKey, null, s_pagingModes) is not { } kind)
        {
            return none;
        }

        var modeText = s_pagingModes.First(m => m.Value == kind).Text;
        var parameter = PagingWord(spec, "param");
        var cursor = PagingWord(spec, "cursor");
        var listName = PagingWord(spec, "list");
        var advanced = kind is PagingKind.Offset or PagingKind.Page or PagingKind.Cursor;
        string? problem = null;
        if (kind == PagingKind.None)
        {
            problem = parameter is null && cursor is null && listName is null ? null : "'paging: none' takes no other keys";
        }
        else if (advanced && parameter is null)
        {
            problem = $"'mode: {modeText}' needs 'param:', the parameter the client advances (paging: {{ mode: {modeText}, param: {(kind == PagingKind.Cursor ? "LAST_ID" : kind == PagingKind.Page ? "page" : "offset")} }})";
        }
        else if (!advanced && parameter is not null)
        {
            problem = $"'param:' is for the offset, page and cursor modes; 'mode: {modeText}' pages by 'start'";
        }
        else if (cursor is not null && kind != PagingKind.Cursor)
        {
            problem = "'cursor:' is for 'mode: cursor'";
        }
        else if (listName is not null && kind == PagingKind.Fast)
        {
            problem = "the fast mode chains pages in a batch by the items' IDs, which needs the result to be the list itself; use 'mode: start' for a wrapped list";
        }
        else if (parameter is not null && parameters.FirstOrDefault(p => p.WireName == parameter) is { } declared && !IsInt(declared.Type))
        {
            problem = $"the client writes a number in '{parameter}', but the parameter is declared as another type; declare it 'int'";
        }
        else if (listName is not null && result is not NamedTypeRef)
        {
            problem = $"'list: {listName}' names a field of the result's type, so the result must be a named object type ('result: {{Type}}')";
        }
        else if (listName is null && result is not ListTypeRef)
        {
            // The paged methods return IAsyncEnumerable<T> of the items: there must be items.
            problem = kind == PagingKind.Fast
                ? "paging: fast needs a list result ('result: Item[]'); declare the result as a list or use 'paging: none'"
                : $"paging: {modeText} needs a list result ('result: Item[]'), or the result's list field named by 'list:'; declare the result as a list or use 'paging: none'";
        }

        if (problem is not null)
        {
            Report(DiagnosticDescriptors.InvalidValue, entry.Value.Span, "paging", problem);
            return none;
        }

        return (kind, parameter, kind == PagingKind.Cursor ? cursor ?? "ID" : null, listName);
    }

    private string? PagingWord(KnownEntries spec, string key)
    {
        var value = OptionalString(spec, key)?.Trim();
        return value is { Length: > 0 } ? value : null;
    }

    private static bool IsInt(TypeRef type) =>
        (type is NullableTypeRef nullable ? nullable.Inner : type) is PrimitiveTypeRef { Kind: PrimitiveKind.Int };
}
