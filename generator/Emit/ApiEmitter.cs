using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits the API tree: one class per group (<c>CalendarApi</c>, <c>CalendarSectionApi</c>...), each attached to its
/// parent, so <c>api.Calendar.Section</c> reaches it. A scope attaches to the runtime's <c>B24Api</c>, and a group
/// below a group of another assembly (the precompiled stock API) attaches to that group, with an extension property;
/// a group below one of this assembly's own is a plain property. Methods add themselves in their own files: their
/// calls to their group class, their descriptors to the attaching class (both partial).
/// </summary>
internal static class ApiEmitter
{
    public static string GroupClassName(IReadOnlyList<string> path) => path.Count == 0 ? "B24Api" : string.Concat(path) + "Api";

    /// <summary>The static class that attaches a group to a parent of another assembly: <c>CalendarApiExtensions</c>.</summary>
    public static string AttachmentName(IReadOnlyList<string> path) => GroupClassName(path) + "Extensions";

    /// <param name="code">The writer.</param>
    /// <param name="groups">The groups of this assembly's methods; their prefixes are groups too.</param>
    /// <param name="external">The groups another assembly defines (the precompiled stock API): not emitted, attached to.</param>
    /// <param name="context">The emit context.</param>
    public static void Emit(IndentedWriter code, IReadOnlyList<ApiGroupModel> groups, EmitContext context)
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
                if (!all.ContainsKey(key) && !context.IsExternalGroup(path))
                {
                    all[key] = new ApiGroupModel(path, prefix);
                }
            }
        }

        var ordered = all.Values.OrderBy(g => string.Join(".", g.Path), System.StringComparer.Ordinal).ToList();
        var first = true;
        foreach (var group in ordered)
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            var children = ordered.Where(g => g.Path.Count == group.Path.Count + 1 && g.Path.Take(group.Path.Count).SequenceEqual(group.Path)).ToList();
            EmitGroup(code, group, children, context);
            var parentPath = group.Path.Take(group.Path.Count - 1).ToEquatableArray();
            if (parentPath.Count == 0 || context.IsExternalGroup(parentPath))
            {
                code.Line();
                EmitAttachment(code, group, parentPath, context);
            }
        }
    }

    private static void EmitGroup(IndentedWriter code, ApiGroupModel group, List<ApiGroupModel> children, EmitContext context)
    {
        var name = GroupClassName(group.Path);
        DocComments.Summary(code, $"The <c>{DocComments.Text(group.RestPrefix)}.*</c> methods.");
        code.Line(GlobalNames.GeneratedCode);
        code.Open($"{context.Visibility} sealed partial class {name} : {GlobalNames.B24ApiGroup}");
        code.Line($"internal {name}({GlobalNames.B24Client} client)");
        code.Line("    : base(client)");
        code.Line("{");
        code.Line("}");
        foreach (var child in children)
        {
            code.Line();
            DocComments.Summary(code, $"The <c>{DocComments.Text(child.RestPrefix)}.*</c> methods.");
            code.Line($"public {ChildProperty(child, "this", context)}");
        }

        code.Close();
    }

    /// <summary>A group below <c>B24Api</c> or below another assembly's group, attached by an extension property.</summary>
    private static void EmitAttachment(IndentedWriter code, ApiGroupModel group, EquatableArray<string> parentPath, EmitContext context)
    {
        var parent = parentPath.Count == 0 ? GlobalNames.B24Api : context.GroupClass(parentPath);
        DocComments.Summary(code, $"Attaches <see cref=\"{context.GroupClass(group.Path)}\"/> to <see cref=\"{parent}\"/>, and adds the descriptors of its methods to <see cref=\"{GlobalNames.B24Methods}\"/>.");
        code.Line(GlobalNames.GeneratedCode);
        code.Open($"{context.Visibility} static partial class {AttachmentName(group.Path)}");
        code.Open($"extension({parent} parent)");
        DocComments.Summary(code, $"The <c>{DocComments.Text(group.RestPrefix)}.*</c> methods.");
        code.Line($"public {ChildProperty(group, "parent", context)}");
        code.Close();
        code.Close();
    }

    /// <summary>The property that reaches a child group, made once per parent by <c>B24ApiGroup.GetOrAddChild</c>.</summary>
    private static string ChildProperty(ApiGroupModel child, string parent, EmitContext context)
    {
        var type = context.GroupClass(child.Path);
        return $"{type} {child.Path[child.Path.Count - 1]} => {parent}.GetOrAddChild(static client => new {type}(client));";
    }
}
