using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Yaml;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// The <c>paging:</c> of a method: a mode word (<c>paging: start</c>), or a mapping for what a word cannot say: the
/// parameter the offset, page and cursor modes advance, the cursor's item field, and the list a wrapped result holds
/// (<c>paging: { mode: start, list: tasks }</c> for <c>{"tasks": [...]}</c>).
/// </summary>
internal sealed partial class SchemaParser
{
    private static readonly string[] s_pagingKeys = { "mode", "list", "param", "cursor" };

    private static readonly (string Text, PagingKind Value)[] s_pagingModes =
    {
        ("none", PagingKind.None), ("start", PagingKind.Start), ("fast", PagingKind.Fast),
        ("offset", PagingKind.Offset), ("page", PagingKind.Page), ("cursor", PagingKind.Cursor),
    };

    /// <summary>The paging of a method; whatever does not fit is reported and leaves the method unpaged.</summary>
    private (PagingKind Kind, string? Parameter, string? Cursor, PagedListModel? List, string? ListName) ParsePaging(
        KnownEntries entries, TypeRef result, List<FieldModel> parameters, List<TypeModel> types)
    {
        var none = (PagingKind.None, (string?)null, (string?)null, (PagedListModel?)null, (string?)null);
        if (!entries.TryGetValue("paging", out var entry))
        {
            return none;
        }

        KnownEntries spec;
        YamlNode modeNode;
        if (entry.Value is YamlMapping mapping)
        {
            spec = Entries(mapping, "paging", s_pagingKeys);
            if (!spec.TryGetValue("mode", out var modeEntry))
            {
                Report(DiagnosticDescriptors.InvalidValue, mapping.Span, "paging", "a paging mapping needs 'mode:' (start, fast, offset, page or cursor)");
                return none;
            }

            modeNode = modeEntry.Value;
        }
        else
        {
            spec = new KnownEntries(s_pagingKeys);
            modeNode = entry.Value;
        }

        if (Scalar(modeNode, "paging") is not { } modeScalar)
        {
            return none;
        }

        var mode = s_pagingModes.FirstOrDefault(m => m.Text == modeScalar.Value);
        if (mode.Text is null)
        {
            Report(DiagnosticDescriptors.InvalidValue, modeScalar.Span, "paging", $"'{modeScalar.Value}' is not one of {string.Join(", ", s_pagingModes.Select(m => m.Text))}");
            return none;
        }

        var kind = mode.Value;
        var parameter = PagingWord(spec, "param");
        var cursor = PagingWord(spec, "cursor");
        var listName = PagingWord(spec, "list");
        var span = entry.Value.Span;
        var advanced = kind is PagingKind.Offset or PagingKind.Page or PagingKind.Cursor;
        string? problem = null;
        if (kind == PagingKind.None)
        {
            problem = parameter is null && cursor is null && listName is null ? null : "'paging: none' takes no other keys";
            return problem is null ? none : Refuse(span, problem, none);
        }

        if (advanced && parameter is null)
        {
            problem = $"'mode: {mode.Text}' needs 'param:', the parameter the client advances (paging: {{ mode: {mode.Text}, param: {(kind == PagingKind.Cursor ? "LAST_ID" : kind == PagingKind.Page ? "page" : "offset")} }})";
        }
        else if (!advanced && parameter is not null)
        {
            problem = $"'param:' is for the offset, page and cursor modes; 'mode: {mode.Text}' pages by 'start'";
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

        if (problem is not null)
        {
            return Refuse(span, problem, none);
        }

        PagedListModel? list = null;
        if (listName is not null)
        {
            list = WrappedList(listName, result, types, out problem);
        }
        else if (result is not ListTypeRef)
        {
            // The paged methods return IAsyncEnumerable<T> of the items: there must be items.
            problem = kind == PagingKind.Fast
                ? "paging: fast needs a list result ('result: Item[]'); declare the result as a list or use 'paging: none'"
                : $"paging: {mode.Text} needs a list result ('result: Item[]'), or the result's list field named by 'list:'; declare the result as a list or use 'paging: none'";
        }

        return problem is null
            ? (kind, parameter, kind == PagingKind.Cursor ? cursor ?? "ID" : null, list, list is null ? listName : null)
            : Refuse(span, problem, none);
    }

    /// <summary>
    /// The field of the result's type that holds the items (<c>list: tasks</c>), when the type is declared in this file;
    /// null without a problem when it is declared elsewhere (the index looks it up: <see cref="Resolution.WrappedListResolver"/>).
    /// </summary>
    private static PagedListModel? WrappedList(string listName, TypeRef result, List<TypeModel> types, out string? problem)
    {
        problem = null;
        if (result is not NamedTypeRef named)
        {
            problem = $"'list: {listName}' names a field of the result's type, so the result must be a named object type ('result: {{Type}}')";
            return null;
        }

        var type = types.FirstOrDefault(t => t.Name == named.Name && !t.IsPartial);
        return type is null ? null : Resolution.WrappedListResolver.Find(type.Name, type.Kind, Resolution.WrappedListResolver.ListFields(type.Fields), listName, out problem);
    }

    private string? PagingWord(KnownEntries spec, string key)
    {
        var value = OptionalString(spec, key)?.Trim();
        return value is { Length: > 0 } ? value : null;
    }

    private static bool IsInt(TypeRef type) =>
        (type is NullableTypeRef nullable ? nullable.Inner : type) is PrimitiveTypeRef { Kind: PrimitiveKind.Int };

    private T Refuse<T>(SourceSpan span, string problem, T none)
    {
        Report(DiagnosticDescriptors.InvalidValue, span, "paging", problem);
        return none;
    }
}
