using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits <c>B24Api</c> and one class per group (<c>CalendarApi</c>, <c>CalendarSectionApi</c>...): the tree that
/// gives <c>api.Calendar.Section.GetAsync</c>. Methods are added to these classes by each method's own file.
/// </summary>
internal static class ApiEmitter
{
    public static string GroupClassName(IReadOnlyList<string> path) => path.Count == 0 ? "B24Api" : string.Concat(path) + "Api";

    public static void Emit(IndentedWriter code, IReadOnlyList<ApiGroupModel> groups, GeneratorOptions options)
    {
        // Every prefix of a method's group is a group too: calendar.user.settings needs calendar and calendar.user.
        var all = new Dictionary<string, ApiGroupModel>();
        foreach (var group in groups)
        {
            for (var length = 1; length <= group.Path.Count; length++)
            {
                var path = group.Path.Take(length).ToEquatableArray();
                var key = string.Join(".", path);
                var prefix = string.Join(".", group.RestPrefix.Split('.').Take(length));
                if (!all.ContainsKey(key))
                {
                    all[key] = new ApiGroupModel(path, prefix);
                }
            }
        }

        var ordered = all.Values.OrderBy(g => string.Join(".", g.Path), System.StringComparer.Ordinal).ToList();
        var qualifier = options.Qualifier;
        EmitRoot(code, ordered.Where(g => g.Path.Count == 1).ToList(), options, qualifier);
        code.Line();
        DocComments.Summary(code, $"Every REST method of the schema, as a descriptor for <see cref=\"{GlobalNames.B24Client}\"/> calls and batches.");
        code.Line(GlobalNames.GeneratedCode);
        code.Open($"{options.Visibility} static partial class B24Methods");
        code.Close();
        foreach (var group in ordered)
        {
            code.Line();
            var children = ordered.Where(g => g.Path.Count == group.Path.Count + 1 && g.Path.Take(group.Path.Count).SequenceEqual(group.Path)).ToList();
            EmitGroup(code, group, children, options, qualifier);
        }
    }

    private static void EmitRoot(IndentedWriter code, List<ApiGroupModel> children, GeneratorOptions options, string qualifier)
    {
        DocComments.Summary(code, "The Bitrix24 REST API, typed: <c>api.Calendar.Section.GetAsync(...)</c> calls <c>calendar.section.get</c>.");
        code.Line(GlobalNames.GeneratedCode);
        code.Open($"{options.Visibility} sealed partial class B24Api");
        code.Line($"private readonly {GlobalNames.B24Client} _client;");
        code.Line();
        code.Line("/// <summary>Creates the API over a client that sends the calls.</summary>");
        code.Line("/// <param name=\"client\">The client: portal address, credentials, transport.</param>");
        code.Open($"public B24Api({GlobalNames.B24Client} client)");
        code.Line($"{GlobalNames.ArgumentNullException}.ThrowIfNull(client);");
        code.Line("_client = client;");
        EmitChildAssignments(code, children, qualifier);
        code.Close();
        code.Line();
        code.Line("/// <summary>The client that sends the calls.</summary>");
        code.Line($"public {GlobalNames.B24Client} Client => _client;");
        EmitChildProperties(code, children, qualifier);
        code.Close();
    }

    private static void EmitGroup(IndentedWriter code, ApiGroupModel group, List<ApiGroupModel> children, GeneratorOptions options, string qualifier)
    {
        var name = GroupClassName(group.Path);
        DocComments.Summary(code, $"The <c>{DocComments.Text(group.RestPrefix)}.*</c> methods.");
        code.Line(GlobalNames.GeneratedCode);
        code.Open($"{options.Visibility} sealed partial class {name}");
        code.Line($"private readonly {GlobalNames.B24Client} _client;");
        code.Line();
        code.Open($"internal {name}({GlobalNames.B24Client} client)");
        code.Line("_client = client;");
        EmitChildAssignments(code, children, qualifier);
        code.Close();
        EmitChildProperties(code, children, qualifier);
        code.Close();
    }

    private static void EmitChildAssignments(IndentedWriter code, List<ApiGroupModel> children, string qualifier)
    {
        foreach (var child in children)
        {
            code.Line($"{child.Path[child.Path.Count - 1]} = new {qualifier}{GroupClassName(child.Path)}(client);");
        }
    }

    private static void EmitChildProperties(IndentedWriter code, List<ApiGroupModel> children, string qualifier)
    {
        foreach (var child in children)
        {
            code.Line();
            DocComments.Summary(code, $"The <c>{DocComments.Text(child.RestPrefix)}.*</c> methods.");
            code.Line($"public {qualifier}{GroupClassName(child.Path)} {child.Path[child.Path.Count - 1]} {{ get; }}");
        }
    }
}
