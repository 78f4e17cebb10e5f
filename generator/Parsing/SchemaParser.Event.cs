using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Yaml;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// An <c>event:</c> document: an incoming event's code, names, documentation, <c>auth</c> and <c>data</c>. The data's
/// fields become a type of the file (<c>{Name}EventData</c>), so they resolve, clash and extend as any type's do.
/// </summary>
internal sealed partial class SchemaParser
{
    private static readonly Regex s_eventCode = new(@"^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    private EventModel? ParseEvent(KnownEntries entries, List<TypeModel> types)
    {
        var codeNode = Scalar(entries["event"].Value, "event");
        if (codeNode is null)
        {
            return null;
        }

        if (codeNode.IsNull || codeNode.Value.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.InvalidEvent, codeNode.Span, string.Empty, "is empty: give the event's code as the docs spell it ('event: OnCalendarEntryAdd')");
            return null;
        }

        var documented = codeNode.Value.Trim();
        if (!s_eventCode.IsMatch(documented))
        {
            Report(DiagnosticDescriptors.InvalidEvent, codeNode.Span, documented, "is not an event code: a letter, then letters, digits and '_' ('OnCalendarEntryAdd')");
            return null;
        }

        if (entries.TryGetValue("method", out var methodEntry))
        {
            Report(DiagnosticDescriptors.InvalidEvent, methodEntry.Key.Span, documented, "is in a file that also has 'method:'; describe the method and the event in files of their own");
            return null;
        }

        var fallback = DefaultEventName(documented);
        if (fallback is null && !entries.ContainsKey("name"))
        {
            // ONCALENDARENTRYADD could be CalendarEntryAdd or CalendarEntRyadd: the words are the docs' to give.
            Report(DiagnosticDescriptors.InvalidEvent, codeNode.Span, documented, "is all one case, so its words cannot be told apart: spell it as the docs do ('OnCalendarEntryAdd') or give it a 'name:'");
            return null;
        }

        var name = ParseIdentifier(entries, "name", fallback ?? documented, codeNode);
        if (name is null)
        {
            return null;
        }

        var className = name + "Event";
        var dataTypeName = name + "EventData";
        var code = documented.ToUpperInvariant();

        // The classes are types of the generated namespace, under the rules of any type's name: 'name: B24' would give
        // B24Event, which hides the runtime's B24Gen.B24Event for code in that namespace (and is ambiguous beside it).
        foreach (var (generated, what) in new[] { (className, "class"), (dataTypeName, "type") })
        {
            if (ReservedNames.TypeNameProblem(generated) is { } problem)
            {
                var at = entries.TryGetValue("name", out var nameEntry) && nameEntry.Value is YamlScalar { IsNull: false } ? nameEntry.Value.Span : codeNode.Span;
                Report(DiagnosticDescriptors.InvalidEvent, at, documented, $"gives the {what} '{generated}', whose name {problem}; give the event another 'name:'");
                return null;
            }
        }
        if (types.FirstOrDefault(t => t.Name == className || t.Name == dataTypeName) is { } taken)
        {
            Report(DiagnosticDescriptors.InvalidEvent, taken.Span, documented, $"gives the type '{taken.Name}', which this file's 'types:' also defines; rename that type or give the event another 'name:'");
            return null;
        }

        var hasData = entries.TryGetValue("data", out var dataEntry);
        var dataSpan = hasData ? dataEntry.Key.Span : codeNode.Span;
        var fields = hasData
            ? ParseFields(dataEntry.Value, "data of " + documented, dataTypeName, isParams: false)
            : new List<FieldModel>();
        types.Add(new TypeModel(
            dataTypeName,
            TypeKind.Object,
            $"The `data` of the event `{code}`.",
            null,
            IsPartial: false,
            IsInput: false,
            fields.ToEquatableArray(),
            EquatableArray<EnumMemberModel>.Empty,
            dataSpan));

        return new EventModel(
            code,
            documented,
            OptionalString(entries, "scope") ?? string.Empty,
            className,
            dataTypeName,
            OptionalString(entries, "summary"),
            OptionalString(entries, "description"),
            OptionalString(entries, "docs"),
            ParseChoice(entries, "auth", EventAuthKind.User, ("user", EventAuthKind.User), ("refresh", EventAuthKind.Refresh), ("none", EventAuthKind.None)),
            codeNode.Span);
    }

    /// <summary>The C# name of a mixed-case code without its <c>On</c>: <c>OnCalendarEntryAdd</c> gives <c>CalendarEntryAdd</c>; null for one all in one case.</summary>
    private static string? DefaultEventName(string code)
    {
        if (code.ToUpperInvariant() == code || code.ToLowerInvariant() == code)
        {
            return null;
        }

        var rest = code.Length > 2 && (code[0] == 'O' || code[0] == 'o') && (code[1] == 'N' || code[1] == 'n') && char.IsUpper(code[2]) ? code.Substring(2) : code;
        return NameMapper.ToPascalCase(rest);
    }
}
