using System.Globalization;
using System.Text;

namespace B24Gen.Benchmarks.Generator;

/// <summary>
/// A large schema shaped like the real one, built in memory: <see cref="ScopeCount"/> scopes of
/// <see cref="MethodsPerScope"/> methods (5 entities x 3 verbs), one file per method, plus a types file per scope.
/// <list type="bullet">
/// <item>Each scope's types file holds two shared object types of 10-25 fields (200 in all), an open enum and two
/// input types (a filter/fields type that nests a list of a reminder input type).</item>
/// <item>Methods have 3-8 parameters mixing <c>int</c>, <c>yn</c>, <c>datetime</c>, enums, lists of enums and
/// strings, maps, and the nested input types; 1-3 documented errors; summaries and descriptions.</item>
/// <item><c>get</c>/<c>list</c> results reference the shared types (some of another scope); entities without a shared
/// type define their own result type (8-15 fields) in one method file, which sibling methods reference across files.</item>
/// <item>Object fields mix every primitive, nullable ones, <c>map&lt;int&gt;</c>, lists, enums, nested shared types and
/// lists of them, and <c>any?</c>; each has a description, as generated XML docs cost text too.</item>
/// </list>
/// Deterministic: the same text every run.
/// </summary>
internal static class SyntheticSchema
{
    public const int ScopeCount = 100;
    public const int MethodsPerScope = 15;

    private static readonly string[] s_scopeWords =
    [
        "sales", "tasks", "disk", "lists", "sonet", "telephony", "timeman", "landing", "catalog", "booking",
        "documents", "entity", "imbot", "openlines", "mail", "messages", "placement", "payments", "learning", "support",
        "projects", "contracts", "warehouse", "delivery", "marketing",
    ];

    private static readonly string[] s_entities =
    [
        "item", "deal", "contact", "ticket", "comment", "file", "folder", "member", "stage", "status",
        "field", "report", "note", "tag", "invoice",
    ];

    private static readonly string[] s_verbs = ["get", "list", "add", "update", "delete"];

    private static readonly string[] s_fieldNames =
    [
        "TITLE", "NAME", "DESCRIPTION", "CREATED_BY", "MODIFIED_BY", "DATE_CREATE", "DATE_MODIFY", "ASSIGNED_BY_ID",
        "STATUS_ID", "STAGE_ID", "CATEGORY_ID", "OPPORTUNITY", "CURRENCY_ID", "IS_ACTIVE", "SORT", "COMMENTS",
        "SOURCE_ID", "TYPE_ID", "OWNER_ID", "PARENT_ID", "XML_ID", "CODE", "COLOR", "TAGS", "URL", "PHONE", "EMAIL",
        "ADDRESS", "CITY", "COUNTRY", "PRIORITY", "DEADLINE", "CLOSED", "PROGRESS", "RATING", "OBSERVERS", "ACCESS",
        "SETTINGS", "EXTERNAL_ID", "LINK", "ORIGIN_ID", "MOVED_BY", "MOVED_TIME", "BEGIN_DATE", "CLOSE_DATE",
        "LAST_ACTIVITY_TIME", "LAST_ACTIVITY_BY", "PROBABILITY", "TAX_VALUE", "COMPANY_ID", "CONTACT_ID", "LEAD_ID",
        "QUOTE_ID", "LOCATION_ID", "IS_RECURRING", "IS_RETURN_CUSTOMER", "IS_REPEATED_APPROACH", "UTM_SOURCE",
        "UTM_MEDIUM", "UTM_CAMPAIGN", "view_mode", "sync_token", "entityTypeId", "accountNumber",
    ];

    private static readonly string[] s_primitiveFieldTypes =
    [
        "int", "string", "string?", "double", "yn", "bool", "datetime?", "date", "timestamp", "int?",
        "map<int>", "string[]", "int[]", "ENUM", "NESTED", "NESTED[]", "any?", "datetime", "string", "int",
    ];

    private static readonly string[] s_statusValues = ["new", "in_progress", "waiting", "done", "deferred", "declined"];

    /// <summary>All files: one types file per scope, then the method files, in a stable order.</summary>
    public static IReadOnlyList<SchemaText> Create()
    {
        var files = new List<SchemaText>();
        for (var scope = 0; scope < ScopeCount; scope++)
        {
            var s = ScopeName(scope);
            files.Add(new SchemaText($"/synthetic/{s}/{s}.types.yaml", TypesFile(scope), isStock: false));
            for (var entity = 0; entity < 5; entity++)
            {
                for (var v = 0; v < 3; v++)
                {
                    var verb = s_verbs[(entity + v) % s_verbs.Length];
                    var name = $"{s}.{EntityName(scope, entity)}.{verb}";
                    files.Add(new SchemaText($"/synthetic/{s}/{name}.yaml", MethodFile(scope, entity, v, verb), isStock: false));
                }
            }
        }

        return files;
    }

    /// <summary>The same file with one word of its summary changed: what an edit in an editor produces.</summary>
    public static string EditSummary(string yaml) =>
        yaml.Replace("summary: ", "summary: (edited) ", StringComparison.Ordinal);

    /// <summary>The same types file with one more field on its first shared object type.</summary>
    public static string AddFieldToFirstType(string typesYaml)
    {
        const string Marker = "    fields:\n";
        var at = typesYaml.IndexOf(Marker, StringComparison.Ordinal);
        return typesYaml.Insert(at + Marker.Length, "      UF_BENCHMARK_EDIT: { type: \"int?\", description: \"A field added by the incremental benchmark.\" }\n");
    }

    private static string ScopeName(int scope) =>
        s_scopeWords[scope % s_scopeWords.Length] + (scope < s_scopeWords.Length ? string.Empty : (scope / s_scopeWords.Length).ToString(CultureInfo.InvariantCulture));

    private static string EntityName(int scope, int entity) => s_entities[((scope * 5) + entity) % s_entities.Length];

    private static string Pascal(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string SharedTypeName(int scope, int entity) => Pascal(ScopeName(scope)) + Pascal(EntityName(scope, entity));

    private static string EnumName(int scope) => Pascal(ScopeName(scope)) + "RecordStatus";

    private static string FieldsInputName(int scope) => Pascal(ScopeName(scope)) + "Fields";

    private static string ReminderInputName(int scope) => Pascal(ScopeName(scope)) + "Reminder";

    private static string TypesFile(int scope)
    {
        var s = ScopeName(scope);
        var b = new StringBuilder();
        b.Append("# yaml-language-server: $schema=../b24gen.schema.json\n");
        b.Append("# Types shared by the ").Append(s).Append(".* methods (synthetic benchmark schema).\n");
        b.Append("types:\n");

        // Two shared object types: entity 0 and entity 1 of the scope (global index 0..199).
        for (var k = 0; k < 2; k++)
        {
            var global = (scope * 2) + k;
            ObjectType(b, scope, SharedTypeName(scope, k), 10 + (global * 7 % 16), global, nestedCandidate: global > 0 ? NestedSharedType(global) : null);
        }

        // An open enum.
        b.Append("  ").Append(EnumName(scope)).Append(":\n");
        b.Append("    summary: \"Status of a ").Append(s).Append(" record. Open: portals may add their own values.\"\n");
        b.Append("    enum:\n");
        var count = 4 + (scope % 3);
        for (var i = 0; i < count; i++)
        {
            b.Append("      - { value: ").Append(s_statusValues[i]).Append(", description: \"The record is ").Append(s_statusValues[i].Replace('_', ' ')).Append(".\" }\n");
        }

        // Input types: a reminder, and the fields of add/update, which nests a list of reminders.
        b.Append("  ").Append(ReminderInputName(scope)).Append(":\n");
        b.Append("    summary: \"A reminder sent with `").Append(s).Append(".*.add`.\"\n");
        b.Append("    input: true\n");
        b.Append("    fields:\n");
        b.Append("      type: { type: ").Append(EnumName(scope)).Append(", required: true, description: \"When to remind.\" }\n");
        b.Append("      count: { type: int, description: \"How many units before the deadline.\" }\n");

        b.Append("  ").Append(FieldsInputName(scope)).Append(":\n");
        b.Append("    summary: \"Fields of a ").Append(s).Append(" record sent with `add` and `update`.\"\n");
        b.Append("    input: true\n");
        b.Append("    fields:\n");
        b.Append("      TITLE: { type: string, required: true, description: \"Title of the record.\" }\n");
        b.Append("      STATUS_ID: { type: ").Append(EnumName(scope)).Append(", description: \"Status of the record.\" }\n");
        b.Append("      TAGS: { type: \"string[]\", description: \"Tags; replaces the existing ones.\" }\n");
        b.Append("      PROPERTIES: { type: \"map<string>\", description: \"Custom properties by code.\" }\n");
        b.Append("      DEADLINE: { type: datetime, description: \"Deadline, such as `2025-03-20T15:00:00+02:00`.\" }\n");
        b.Append("      IS_PRIVATE: { type: yn, description: \"Whether the record is private (`Y`/`N`).\" }\n");
        b.Append("      REMINDERS: { type: \"").Append(ReminderInputName(scope)).Append("[]\", description: \"Reminders before the deadline.\" }\n");
        return b.ToString();
    }

    /// <summary>A shared type defined earlier (so nesting never forms a cycle): global index 0..global-1.</summary>
    private static string NestedSharedType(int global)
    {
        var target = (global * 37 + 11) % global;
        return SharedTypeName(target / 2, target % 2);
    }

    private static void ObjectType(StringBuilder b, int scope, string name, int fieldCount, int seed, string? nestedCandidate)
    {
        b.Append("  ").Append(name).Append(":\n");
        b.Append("    summary: \"A ").Append(name).Append(" record as the portal returns it.\"\n");
        b.Append("    description: >-\n");
        b.Append("      Numbers come as JSON numbers or numeric strings, both read. Undocumented fields (portal `UF_*` fields)\n");
        b.Append("      are kept in `AdditionalFields`.\n");
        b.Append("    fields:\n");
        b.Append("      ID: { type: int, description: \"Identifier of the record (the portal sends a string such as `\\\"190\\\"`).\" }\n");
        for (var j = 1; j < fieldCount; j++)
        {
            var wire = s_fieldNames[((seed * 3) + j) % s_fieldNames.Length];
            var type = s_primitiveFieldTypes[((seed * 31) + (j * 17)) % s_primitiveFieldTypes.Length];
            type = type switch
            {
                "ENUM" => EnumName(scope),
                "NESTED" => nestedCandidate ?? "string",
                "NESTED[]" => nestedCandidate is null ? "string[]" : nestedCandidate + "[]",
                _ => type,
            };
            b.Append("      ").Append(wire).Append(": { type: \"").Append(type).Append("\", description: \"")
                .Append(Describe(wire)).Append("\" }\n");
        }
    }

    private static string Describe(string wire) =>
        "The " + wire.ToLowerInvariant().Replace('_', ' ') + " of the record; see the portal's field list for the exact format.";

    private static string MethodFile(int scope, int entity, int verbIndex, string verb)
    {
        var s = ScopeName(scope);
        var e = EntityName(scope, entity);
        var method = $"{s}.{e}.{verb}";
        var seed = (scope * MethodsPerScope) + (entity * 3) + verbIndex;
        var isRead = verb is "get" or "list";

        // Entities 0 and 1 use the scope's shared types (every fourth get/list one of another scope);
        // the others define their result type in their first method file.
        string resultType;
        var definesType = false;
        if (entity < 2)
        {
            resultType = seed % 4 == 0 ? SharedTypeName((scope + 37) % ScopeCount, entity) : SharedTypeName(scope, entity);
        }
        else
        {
            resultType = SharedTypeName(scope, entity);
            definesType = verbIndex == 0;
        }

        var b = new StringBuilder();
        b.Append("# yaml-language-server: $schema=../b24gen.schema.json\n");
        b.Append("# Synthetic benchmark schema: shaped like api-reference/").Append(s).Append("/*.md.\n");
        b.Append("method: ").Append(method).Append('\n');
        b.Append("scope: ").Append(s).Append('\n');
        b.Append("summary: \"").Append(verb switch
        {
            "get" => $"Get a {e} by its identifier.",
            "list" => $"Get a list of {e} records by filter.",
            "add" => $"Add a {e}.",
            "update" => $"Update a {e}.",
            _ => $"Delete a {e}.",
        }).Append("\"\n");
        b.Append("description: >-\n");
        b.Append("  The calling user needs access to the ").Append(s).Append(" module. Numbers may be passed as strings; dates\n");
        b.Append("  in the portal's format or ISO 8601 with an offset. A page holds at most 50 records.\n");
        b.Append("docs: https://apidocs.bitrix24.com/api-reference/").Append(s).Append('/').Append(s).Append('-').Append(e).Append('-').Append(verb).Append(".html\n");
        b.Append("kind: ").Append(isRead ? "read" : "write").Append('\n');

        b.Append("params:\n");
        var parameters = Parameters(scope, verb);
        var count = 3 + (seed % 6);
        for (var i = 0; i < count && i < parameters.Count; i++)
        {
            var (name, type, required, description) = parameters[i];
            b.Append("  ").Append(name).Append(":\n");
            b.Append("    type: \"").Append(type).Append("\"\n");
            if (required)
            {
                b.Append("    required: true\n");
            }

            b.Append("    description: \"").Append(description).Append("\"\n");
        }

        b.Append("result:\n");
        b.Append("  type: \"").Append(verb switch
        {
            "get" => resultType,
            "list" => resultType + "[]",
            "add" => "int",
            _ => "bool",
        }).Append("\"\n");
        b.Append("  description: \"").Append(verb switch
        {
            "get" => $"The {e}.",
            "list" => $"One page of {e} records, at most 50.",
            "add" => $"Identifier of the new {e}.",
            _ => "`true` on success.",
        }).Append("\"\n");
        b.Append("paging: ").Append(verb == "list" ? "start" : "none").Append('\n');

        b.Append("errors:\n");
        b.Append("  - { code: \"\", status: 400, message: \"Access denied.\", description: \"The user may not access the ").Append(e).Append(" records.\" }\n");
        if (seed % 3 != 0)
        {
            b.Append("  - { code: \"ERROR_NOT_FOUND\", status: 400, message: \"Not found.\", description: \"No ").Append(e).Append(" has the given identifier.\" }\n");
        }

        if (seed % 3 == 2)
        {
            b.Append("  - { code: \"ERROR_CORE\", status: 400, message: \"Invalid value for the parameter.\", description: \"A parameter has an invalid format.\" }\n");
        }

        if (definesType)
        {
            b.Append("types:\n");
            ObjectType(b, scope, resultType, 8 + (seed % 8), seed + 1000, nestedCandidate: SharedTypeName(scope, seed % 2));
        }

        return b.ToString();
    }

    private static List<(string Name, string Type, bool Required, string Description)> Parameters(int scope, string verb)
    {
        var status = EnumName(scope);
        var fields = FieldsInputName(scope);
        var common = new List<(string, string, bool, string)>
        {
            ("status", status, false, "Only records with this status."),
            ("select", "string[]", false, "The fields to return: names, `*` or `UF_*`."),
            ("filter", "map<string>", false, "Field name to value; a name may start with an operation such as `>=` or `%`."),
            ("statuses", status + "[]", false, "Only records with one of these statuses."),
            ("ownerId", "int", false, "Identifier of the owner; the current user by default."),
            ("dateFrom", "datetime", false, "Only records changed since this date."),
            ("isActive", "yn", false, "`Y`: only active records; `N`: only inactive ones."),
            ("order", "map<string>", false, "Field name to `ASC` or `DESC`."),
            ("options", "map<any>", false, "Extra options passed to the module as they are."),
            ("ids", "int[]", false, "Identifiers to restrict the result to."),
        };
        var first = verb switch
        {
            "get" => new List<(string, string, bool, string)> { ("id", "int", true, "Identifier of the record.") },
            "list" => [("start", "int", false, "Offset of the page: 0, 50, 100...")],
            "add" => [("fields", fields, true, "Fields of the new record."), ("register_event", "yn", false, "Whether to notify subscribers (`Y`/`N`).")],
            "update" => [("id", "int", true, "Identifier of the record."), ("fields", fields, true, "Fields to change.")],
            _ => [("id", "int", true, "Identifier of the record.")],
        };

        // Rotate the common parameters so methods differ.
        var rotated = common.Skip(scope % common.Count).Concat(common.Take(scope % common.Count));
        return first.Concat(rotated).ToList();
    }
}
