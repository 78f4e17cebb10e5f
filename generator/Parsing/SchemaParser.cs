using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Yaml;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// Turns one schema file into a <see cref="SchemaFileModel"/>. Never throws: whatever is wrong becomes a
/// diagnostic at the YAML line and column, and whatever is right is still returned.
/// </summary>
internal sealed partial class SchemaParser
{
    private static readonly string[] s_rootKeys = { "method", "scope", "summary", "description", "docs", "kind", "name", "group", "params", "result", "paging", "oneOf", "errors", "types" };
    private static readonly string[] s_eventRootKeys = { "event", "method", "scope", "summary", "description", "docs", "name", "auth", "data", "types" };
    private static readonly string[] s_paramKeys = { "type", "required", "description", "name" };
    private static readonly string[] s_fieldKeys = { "type", "description", "name" };
    private static readonly string[] s_resultKeys = { "type", "description" };
    private static readonly string[] s_errorKeys = { "code", "status", "message", "description" };
    private static readonly string[] s_typeKeys = { "summary", "description", "fields", "enum", "partial", "input" };
    private static readonly string[] s_enumMemberKeys = { "value", "name", "description" };
    private static readonly Regex s_methodName = new(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

    private readonly string _filePath;
    private readonly bool _isStock;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SchemaParser(string filePath, bool isStock)
    {
        _filePath = filePath;
        _isStock = isStock;
    }

    public static SchemaFileModel Parse(string filePath, SourceText? text, bool isStock, CancellationToken cancellationToken)
    {
        var parser = new SchemaParser(filePath, isStock);
        try
        {
            return parser.ParseFile(text?.ToString() ?? string.Empty, cancellationToken);
        }
        catch (YamlException e)
        {
            parser.Report(DiagnosticDescriptors.YamlSyntaxError, parser.SpanOf(e.Start, e.End), CleanYamlMessage(e));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            parser.Report(DiagnosticDescriptors.InternalError, SourceSpan.StartOf(filePath), e.GetType().Name + ": " + e.Message);
        }

        return new SchemaFileModel(filePath, isStock, null, EquatableArray<TypeModel>.Empty, parser._diagnostics.ToEquatableArray());
    }

    private SchemaFileModel ParseFile(string text, CancellationToken cancellationToken)
    {
        var root = YamlDocumentReader.Read(_filePath, text, out var extraDocument);
        if (extraDocument is not null)
        {
            Report(DiagnosticDescriptors.InvalidValue, extraDocument, "the file", "a schema file holds one YAML document; split the others into their own files");
        }

        if (root is null || (root is YamlScalar scalar && scalar.IsNull))
        {
            Report(DiagnosticDescriptors.EmptySchemaFile, SourceSpan.StartOf(_filePath));
            return Result(null, new List<TypeModel>());
        }

        if (root is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, root.Span, "the file", $"expected a mapping with 'method:' and/or 'types:', found {root.KindName}");
            return Result(null, new List<TypeModel>());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var isEvent = mapping.Entries.Any(e => e.Key.Value == "event");
        var entries = Entries(mapping, "the file", isEvent ? s_eventRootKeys : s_rootKeys);
        var types = entries.TryGetValue("types", out var typesNode) ? ParseTypes(typesNode.Value) : new List<TypeModel>();
        if (isEvent)
        {
            var @event = ParseEvent(entries, types);
            return Result(null, types) with { Event = @event };
        }

        var method = ParseMethod(mapping, entries);
        return Result(method, types);
    }

    private SchemaFileModel Result(MethodModel? method, List<TypeModel> types) =>
        new(_filePath, _isStock, method, types.ToEquatableArray(), _diagnostics.ToEquatableArray());

    private MethodModel? ParseMethod(YamlMapping root, KnownEntries entries)
    {
        var methodKeys = s_rootKeys.Where(k => k != "types" && k != "method" && entries.ContainsKey(k)).ToList();
        if (!entries.TryGetValue("method", out var methodEntry))
        {
            if (methodKeys.Count > 0)
            {
                var first = entries[methodKeys[0]].Key;
                Report(DiagnosticDescriptors.MissingMethod, first.Span, $"describes a method ({string.Join(", ", methodKeys.Select(k => "'" + k + "'"))}) but has no 'method:' key");
            }
            else if (!entries.ContainsKey("types"))
            {
                Report(DiagnosticDescriptors.MissingMethod, root.Span, "has neither a 'method:' key nor 'types:'");
            }

            return null;
        }

        var nameNode = Scalar(methodEntry.Value, "method");
        if (nameNode is null)
        {
            return null;
        }

        if (nameNode.IsNull)
        {
            Report(DiagnosticDescriptors.InvalidMethodName, nameNode.Span, string.Empty, "it is empty");
            return null;
        }

        var name = nameNode.Value.Trim();
        if (!s_methodName.IsMatch(name))
        {
            Report(DiagnosticDescriptors.InvalidMethodName, nameNode.Span, name, "a method name is dot-separated words of letters, digits and '_'");
            return null;
        }

        var segments = name.Split('.');
        var groupPath = ParseGroupPath(entries, segments);
        var verb = ParseIdentifier(entries, "name", NameMapper.ToPascalCase(segments[segments.Length - 1]), nameNode);
        if (groupPath is null || verb is null)
        {
            return null;
        }

        var descriptorName = string.Concat(groupPath) + verb;
        var requestTypeName = descriptorName + "Request";
        var parameters = entries.TryGetValue("params", out var paramsNode)
            ? ParseFields(paramsNode.Value, "params of " + name, requestTypeName, isParams: true)
            : new List<FieldModel>();
        // Without 'kind:' a method is a write: a write retried after a timeout may run twice (a deal created twice),
        // while a read treated as a write only loses a retry. Said at the method name, as information.
        if (!entries.TryGetValue("kind", out _))
        {
            Report(DiagnosticDescriptors.KindMissing, nameNode.Span, name);
        }

        var kind = ParseChoice(entries, "kind", MethodKind.Write, ("read", MethodKind.Read), ("write", MethodKind.Write));
        var result = ParseResult(entries, out var resultDescription);
        var pagingSpan = entries.TryGetValue("paging", out var pagingEntry) ? pagingEntry.Value.Span : (SourceSpan?)null;
        var paging = ParsePaging(entries, result, parameters);

        return new MethodModel(
            name,
            OptionalString(entries, "scope") ?? segments[0],
            groupPath.ToEquatableArray(),
            verb,
            requestTypeName,
            descriptorName,
            OptionalString(entries, "summary"),
            OptionalString(entries, "description"),
            OptionalString(entries, "docs"),
            kind,
            paging.Kind,
            pagingSpan,
            parameters.ToEquatableArray(),
            result,
            resultDescription,
            ParseErrors(entries).ToEquatableArray(),
            nameNode.Span)
        {
            PagingParameter = paging.Parameter,
            PagingCursor = paging.Cursor,
            PagedListName = paging.ListName,
            OneOf = ParseOneOf(entries, parameters),
        };
    }

    private List<string>? ParseGroupPath(KnownEntries entries, string[] segments)
    {
        var path = segments.Take(segments.Length - 1).ToList();
        YamlNode? origin = null;
        if (entries.TryGetValue("group", out var groupEntry) && Scalar(groupEntry.Value, "group") is { } groupNode)
        {
            origin = groupNode;
            path = groupNode.IsNull || groupNode.Value.Length == 0 ? new List<string>() : groupNode.Value.Split('.').ToList();
        }

        var result = new List<string>();
        foreach (var segment in path)
        {
            var pascal = NameMapper.ToPascalCase(segment);
            if (!NameMapper.IsValidIdentifier(pascal))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, (origin ?? entries["method"].Value).Span, segment, pascal, "Give the method a 'group:' whose words are identifiers");
                return null;
            }

            result.Add(pascal);
        }

        return result;
    }

    private TypeRef ParseResult(KnownEntries entries, out string? description)
    {
        description = null;
        if (!entries.TryGetValue("result", out var entry))
        {
            // A method that documents no result still answers something; keep it as raw JSON.
            return new PrimitiveTypeRef(PrimitiveKind.Any);
        }

        YamlNode typeNode = entry.Value;
        if (entry.Value is YamlMapping mapping)
        {
            var spec = Entries(mapping, "result", s_resultKeys);
            description = OptionalString(spec, "description");
            if (!spec.TryGetValue("type", out var typeEntry))
            {
                Report(DiagnosticDescriptors.InvalidValue, mapping.Span, "result", "a result needs a 'type:'");
                return new PrimitiveTypeRef(PrimitiveKind.Any);
            }

            typeNode = typeEntry.Value;
        }

        return ParseTypeExpression(typeNode, "result") ?? new PrimitiveTypeRef(PrimitiveKind.Any);
    }

    private List<ErrorModel> ParseErrors(KnownEntries entries)
    {
        var errors = new List<ErrorModel>();
        if (!entries.TryGetValue("errors", out var entry))
        {
            return errors;
        }

        if (entry.Value is not YamlSequence sequence)
        {
            if (!(entry.Value is YamlScalar { IsNull: true }))
            {
                Report(DiagnosticDescriptors.InvalidValue, entry.Value.Span, "errors", $"expected a list of {{ code, status, message }}, found {entry.Value.KindName}");
            }

            return errors;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                Report(DiagnosticDescriptors.InvalidValue, item.Span, "errors", $"each error is a mapping {{ code, status, message }}, found {item.KindName}");
                continue;
            }

            var spec = Entries(mapping, "an error", s_errorKeys);
            var status = 400;
            if (spec.TryGetValue("status", out var statusEntry) && Scalar(statusEntry.Value, "status") is { } statusNode)
            {
                if (!int.TryParse(statusNode.Value, out status) || status < 100 || status > 599)
                {
                    Report(DiagnosticDescriptors.InvalidValue, statusNode.Span, "status", $"'{statusNode.Value}' is not an HTTP status (100-599)");
                    status = 400;
                }
            }

            var message = OptionalString(spec, "message");
            if (message is null)
            {
                Report(DiagnosticDescriptors.InvalidValue, mapping.Span, "errors", "each error needs a 'message:' (the documented error_description)");
                continue;
            }

            errors.Add(new ErrorModel(OptionalString(spec, "code") ?? string.Empty, status, message, OptionalString(spec, "description")));
        }

        return errors;
    }

    private static string CleanYamlMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is already on the diagnostic.
        var message = e.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        // The descriptor ends the sentence itself.
        var text = marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
        return text.TrimEnd('.', ' ');
    }
}
