using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Messages say what is wrong and how to fix it.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "B24Gen";
    private const string HelpLink = "https://github.com/b24gen/b24gen/blob/main/README.md#diagnostics";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error(
        "B24G0001",
        "Invalid YAML",
        "YAML syntax error: {0}. Fix the YAML so that it parses.");

    public static readonly DiagnosticDescriptor MissingMethod = Error(
        "B24G0002",
        "Missing 'method'",
        "The schema file {0}. Add 'method: scope.entity.verb', the REST method name exactly as called.");

    public static readonly DiagnosticDescriptor UnknownType = Error(
        "B24G0003",
        "Unknown type name",
        "Unknown type '{0}'. Use a built-in type (string, int, double, bool, yn, date, datetime, timestamp, any) or define '{0}' under 'types:' in any schema file.");

    public static readonly DiagnosticDescriptor InvalidTypeExpression = Error(
        "B24G0004",
        "Invalid type expression",
        "Invalid type expression '{0}': {1}. Examples: 'int', 'string?', 'CalendarSection[]', 'map<int>', 'int | RecurringUpdate'.");

    public static readonly DiagnosticDescriptor DuplicateMethod = Error(
        "B24G0005",
        "Duplicate method",
        "The method '{0}' is already described in '{1}'. Describe each method in one file, or remove one of them.");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "B24G0006",
        "Duplicate field, parameter or key",
        "'{0}' appears twice in {1}. Remove or rename one of them.");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "B24G0007",
        "Name is not a valid C# identifier",
        "'{0}' maps to '{1}', which is not a valid C# identifier. {2} (letters, digits and '_', not starting with a digit).");

    public static readonly DiagnosticDescriptor ClashingIdentifier = Error(
        "B24G0008",
        "Names clash in C#",
        "'{0}' maps to the C# name '{1}', which {2}. Give one of them a different 'name:'.");

    public static readonly DiagnosticDescriptor UnknownKey = Warning(
        "B24G0009",
        "Unknown key",
        "Unknown key '{0}' in {1}; it is ignored. Known keys: {2}.");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "B24G0010",
        "Invalid value",
        "Invalid value for '{0}': {1}.");

    public static readonly DiagnosticDescriptor DuplicateType = Error(
        "B24G0011",
        "Duplicate type",
        "The type '{0}' is already defined in '{1}'. Define each type once, or add 'partial: true' to extend it.");

    public static readonly DiagnosticDescriptor InvalidMethodName = Error(
        "B24G0012",
        "Invalid method name",
        "Invalid method name '{0}': {1}. Use the REST name exactly as called, e.g. 'calendar.section.get'.");

    public static readonly DiagnosticDescriptor EmptySchemaFile = Warning(
        "B24G0013",
        "Empty schema file",
        "The schema file is empty; it describes no method and no types.");

    public static readonly DiagnosticDescriptor ReplacedStockMethod = Info(
        "B24G0014",
        "Stock method replaced",
        "This file replaces the stock description of '{0}' (from '{1}'). Remove this file to get the stock one back.");

    public static readonly DiagnosticDescriptor PartialWithoutType = Error(
        "B24G0015",
        "Partial type extends nothing",
        "'{0}' is declared with 'partial: true', which adds fields to a type defined elsewhere, but no file defines '{0}'. Check the name, or remove 'partial: true' to define it here.");

    public static readonly DiagnosticDescriptor KindMissing = Info(
        "B24G0016",
        "Method without 'kind:' is treated as a write",
        "'{0}' has no 'kind:', so it is treated as a write and never retried after a timeout or a server error. Add 'kind: read' if the method has no side effects (it is then retried), or 'kind: write' to say so.");

    public static readonly DiagnosticDescriptor GeneratedNameClash = Error(
        "B24G0017",
        "Generated names clash",
        "The method '{0}' {1}; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with.");

    public static readonly DiagnosticDescriptor PrecompiledStockChanged = Error(
        "B24G0018",
        "Precompiled stock API changed",
        "'{0}' is part of the precompiled stock API (scope '{1}'), which this build takes as compiled. To {2}, compile the scope from its YAML in this build: <B24GenSourceScopes>{1}</B24GenSourceScopes>.");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "B24G0019",
        "C# 14 needed",
        "The API generated from this project's YAML attaches itself to B24Api with C# 14 extension members, and this project compiles C# {0}. Set <LangVersion>14</LangVersion> (the default for net10.0) or remove the LangVersion setting.");

    public static readonly DiagnosticDescriptor InvalidTypeName = Error(
        "B24G0020",
        "Type name not usable",
        "The type name '{0}' {1}.");

    public static readonly DiagnosticDescriptor InvalidEvent = Error(
        "B24G0021",
        "Invalid event",
        "The event '{0}' {1}.");

    public static readonly DiagnosticDescriptor DuplicateEvent = Error(
        "B24G0022",
        "Duplicate event",
        "The event '{0}' is already described in '{1}'. Describe each event in one file, or remove one of them.");

    public static readonly DiagnosticDescriptor EventNameClash = Error(
        "B24G0023",
        "Event names clash",
        "The event '{0}' gives the class '{1}', which is already {2}; the event is left out. Give it another 'name:', or rename what it clashes with.");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "B24G0099",
        "Generator failure",
        "B24Gen failed while processing this file: {0}. Please report it with the YAML that caused it.");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink);

    private static DiagnosticDescriptor Info(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLink);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);
}
