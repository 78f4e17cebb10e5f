using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Parsing;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Finds the C# names that two declarations would both generate, across files: a type named like another method's
/// request type or group class, two methods whose descriptors or group classes get one name (<c>a_b.c.get</c> and
/// <c>a.b.c.get</c>), and members of one group class (<c>ListAllAsync</c> of a paged <c>list</c> beside a method
/// <c>list_all</c>, a group property beside a method). Each clash is an error (B24G0017) at the method that came
/// second (stock files first, then by path), and that method is left out, so the build shows the diagnostic and
/// not C# errors in generated code.
/// </summary>
internal static class NameClashChecker
{
    private const string RootClass = "B24Api";

    /// <param name="methods">The methods in the order clashes are decided: the first keeps the name.</param>
    /// <param name="typeOwners">Every schema type and the file that defines it.</param>
    /// <param name="diagnostics">Where clashes are reported.</param>
    /// <returns>The methods that clash and are left out.</returns>
    public static HashSet<string> Check(
        IReadOnlyList<(SchemaDeclarations File, MethodDeclaration Method)> methods,
        IReadOnlyDictionary<string, (string FilePath, TypeDeclaration Type)> typeOwners,
        List<DiagnosticInfo> diagnostics)
    {
        var dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groupCache = new Dictionary<EquatableArray<string>, GroupClass[]>();
        GroupClass[] GroupClassesOf(EquatableArray<string> path)
        {
            if (!groupCache.TryGetValue(path, out var found))
            {
                found = GroupClasses(path).ToArray();
                groupCache[path] = found;
            }

            return found;
        }

        // Types of the generated namespace: schema types, then each method's request type and group classes. What
        // holds a name is kept as a Claim and put into words only for a clash: the stock API's many names are
        // claimed on every build with YAML of the user's, and clash rarely.
        var types = new Dictionary<string, Claim>(StringComparer.Ordinal) { [RootClass] = new("the API root"), ["B24Methods"] = new("the method descriptors") };
        foreach (var pair in typeOwners)
        {
            types[pair.Key] = new("the type '{0}' in '{1}'", pair.Key, pair.Value.FilePath);
        }

        var descriptors = new Dictionary<string, Claim>(StringComparer.Ordinal) { ["B24Methods"] = new("the class B24Methods") };
        foreach (var member in ReservedNames.ObjectMembers)
        {
            descriptors[member] = new("a member every class has ({0})", member);
        }

        var groupClasses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, method) in methods)
        {
            // The API tree's file is B24Api.g.cs; hint names compare ignoring case. The method's own class
            // (CrmDealGetExtensions) is emitted only when its group is another assembly's, which this check does not
            // know; its name is kept free either way, so a method's names do not depend on where its group lives.
            var container = Emit.MethodEmitter.ContainerName(method.DescriptorName);
            var groups = GroupClassesOf(method.Group.Path);
            var problem = string.Equals(method.Name, RootClass, StringComparison.OrdinalIgnoreCase)
                ? $"gives the generated file '{method.Name}.g.cs', which is already the API tree's {RootClass}.g.cs"
                : string.Equals(method.Name + ".g.cs", Emit.StockExtensionEmitter.HintName, StringComparison.OrdinalIgnoreCase)
                ? $"gives the generated file '{method.Name}.g.cs', which is already {Emit.StockExtensionEmitter.HintName}"
                : TypeClash(method, groups, types, groupClasses)
                    ?? (types.TryGetValue(container, out var containerOwner) ? $"gives the class '{container}', which is already {containerOwner}" : null)
                    ?? (groups.Any(g => g.AttachmentName == container) ? $"gives the class '{container}', which is already the class that attaches its own group" : null)
                    ?? (descriptors.TryGetValue(method.DescriptorName, out var descriptorOwner) ? $"gives 'B24Methods.{method.DescriptorName}', which is already {descriptorOwner}" : null);
            if (problem is not null)
            {
                Report(file, method, problem, diagnostics, dropped);
                continue;
            }

            descriptors[method.DescriptorName] = new("the descriptor of '{0}'", method.Name);
            types[method.RequestTypeName] = new("the request type of '{0}'", method.Name);
            types[container] = new("the class of '{0}'", method.Name);
            foreach (var group in groups)
            {
                groupClasses[group.ClassName] = group.Key;
                types[group.ClassName] = new("the group class of '{0}'", group.Key);
                types[group.AttachmentName] = new("the class that attaches the group '{0}'", group.Key);
            }
        }

        // Members of each group class: its child groups, then each method's VerbAsync, VerbWithResponseAsync and
        // VerbAllAsync. Child groups come from every method that kept its names, so they are known first.
        var members = new Dictionary<string, Dictionary<string, Claim>>(StringComparer.Ordinal);
        Dictionary<string, Claim> MembersOf(string className)
        {
            if (!members.TryGetValue(className, out var found))
            {
                found = new(StringComparer.Ordinal) { [className] = new("the name of the class itself") };
                foreach (var member in ReservedNames.ObjectMembers)
                {
                    found[member] = new("a member every class has ({0})", member);
                }

                // Every group (and B24Api) is a B24ApiGroup.
                found["Client"] = new("the client property of every group");
                found["GetOrAddChild"] = new("a method of every group");

                members[className] = found;
            }

            return found;
        }

        foreach (var (file, method) in methods.Where(m => !dropped.Contains(m.Method.Name)))
        {
            var path = method.Group.Path;
            var groups = GroupClassesOf(path);
            for (var length = 1; length <= path.Count; length++)
            {
                var parent = MembersOf(length == 1 ? RootClass : groups[length - 2].ClassName);
                var group = new Claim("the group '{0}'", groups[length - 1].Key);
                if (parent.TryGetValue(path[length - 1], out var owner) && owner != group)
                {
                    Report(file, method, $"gives the group property '{path[length - 1]}', which is already {owner}", diagnostics, dropped);
                    break;
                }

                parent[path[length - 1]] = group;
            }
        }

        foreach (var (file, method) in methods.Where(m => !dropped.Contains(m.Method.Name)))
        {
            var own = MembersOf(method.Group.Path.Count == 0 ? RootClass : GroupClassesOf(method.Group.Path)[method.Group.Path.Count - 1].ClassName);
            var names = method.Paging == PagingKind.None
                ? new[] { method.Verb + "Async", method.Verb + "WithResponseAsync" }
                : new[] { method.Verb + "Async", method.Verb + "WithResponseAsync", method.Verb + "AllAsync" };
            var problem = names.Select(name => own.TryGetValue(name, out var owner) ? $"gives '{name}', which is already {owner}" : null).FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                Report(file, method, problem, diagnostics, dropped);
                continue;
            }

            foreach (var name in names)
            {
                own[name] = new("a method of '{0}'", method.Name);
            }
        }

        return dropped;
    }

    /// <summary>The class of the group made of the first <paramref name="length"/> words of <paramref name="path"/>.</summary>
    private static string ClassName(EquatableArray<string> path, int length) =>
        length == 0 ? RootClass : string.Concat(path.Take(length)) + "Api";

    /// <summary>The group classes along <paramref name="path"/>, outermost first.</summary>
    private static IEnumerable<GroupClass> GroupClasses(EquatableArray<string> path)
    {
        for (var length = 1; length <= path.Count; length++)
        {
            var className = ClassName(path, length);
            yield return new GroupClass(className, string.Join(".", path.Take(length)), className + "Extensions");
        }
    }

    private static string? TypeClash(MethodDeclaration method, GroupClass[] groups, Dictionary<string, Claim> types, Dictionary<string, string> groupClasses)
    {
        if (types.TryGetValue(method.RequestTypeName, out var owner))
        {
            return $"gives the request type '{method.RequestTypeName}', which is already {owner}";
        }

        foreach (var group in groups)
        {
            // The same group reached again is shared, not a clash; another group of the same class name is.
            if (groupClasses.TryGetValue(group.ClassName, out var groupKey) ? groupKey != group.Key : types.ContainsKey(group.ClassName))
            {
                return $"gives the group class '{group.ClassName}', which is already {(groupKey is not null ? $"the group class of '{groupKey}'" : types[group.ClassName].ToString())}";
            }

            if (!groupClasses.ContainsKey(group.ClassName) && types.TryGetValue(group.AttachmentName, out var attachmentOwner))
            {
                return $"gives the class '{group.AttachmentName}', which is already {attachmentOwner}";
            }
        }

        return null;
    }

    /// <summary>A group class, the dotted group it stands for, and the class that attaches it to its parent.</summary>
    private readonly record struct GroupClass(string ClassName, string Key, string AttachmentName);

    /// <summary>What holds a generated name, put into words only when another declaration clashes with it.</summary>
    private readonly record struct Claim(string Format, string? First = null, string? Second = null)
    {
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, Format, First, Second);
    }

    private static void Report(SchemaDeclarations file, MethodDeclaration method, string problem, List<DiagnosticInfo> diagnostics, HashSet<string> dropped)
    {
        dropped.Add(method.Name);
        diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.GeneratedNameClash, new(file.FilePath, DeclarationPart.Method), method.Name, problem));
    }
}
