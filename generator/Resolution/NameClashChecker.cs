using System;
using System.Collections.Generic;
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

        // Types of the generated namespace: schema types, then each method's request type and group classes.
        var types = new Dictionary<string, string>(StringComparer.Ordinal) { [RootClass] = "the API root", ["B24Methods"] = "the method descriptors" };
        foreach (var pair in typeOwners)
        {
            types[pair.Key] = $"the type '{pair.Key}' in '{pair.Value.FilePath}'";
        }

        var descriptors = new Dictionary<string, string>(StringComparer.Ordinal) { ["B24Methods"] = "the class B24Methods" };
        foreach (var member in ReservedNames.ObjectMembers)
        {
            descriptors[member] = $"a member every class has ({member})";
        }

        var groupClasses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, method) in methods)
        {
            // The API tree's file is B24Api.g.cs; hint names compare ignoring case.
            var container = Emit.MethodEmitter.ContainerName(method.DescriptorName);
            var problem = string.Equals(method.Name, RootClass, StringComparison.OrdinalIgnoreCase)
                ? $"gives the generated file '{method.Name}.g.cs', which is already the API tree's {RootClass}.g.cs"
                : string.Equals(method.Name + ".g.cs", Emit.StockExtensionEmitter.HintName, StringComparison.OrdinalIgnoreCase)
                ? $"gives the generated file '{method.Name}.g.cs', which is already {Emit.StockExtensionEmitter.HintName}"
                : TypeClash(method, types, groupClasses)
                    ?? (types.TryGetValue(container, out var containerOwner) ? $"gives the class '{container}', which is already {containerOwner}" : null)
                    ?? (GroupClasses(method.Group.Path).Any(g => g.ClassName + "Extensions" == container) ? $"gives the class '{container}', which is already the class that attaches its own group" : null)
                    ?? Claim(descriptors, method.DescriptorName, $"the descriptor of '{method.Name}'", "B24Methods.");
            if (problem is not null)
            {
                Report(file, method, problem, diagnostics, dropped);
                continue;
            }

            types[method.RequestTypeName] = $"the request type of '{method.Name}'";
            types[container] = $"the class of '{method.Name}'";
            foreach (var (className, key) in GroupClasses(method.Group.Path))
            {
                groupClasses[className] = key;
                types[className] = $"the group class of '{key}'";
                types[className + "Extensions"] = $"the class that attaches the group '{key}'";
            }
        }

        // Members of each group class: its child groups, then each method's VerbAsync, VerbWithResponseAsync and
        // VerbAllAsync. Child groups come from every method that kept its names, so they are known first.
        var members = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string> MembersOf(string className)
        {
            if (!members.TryGetValue(className, out var found))
            {
                found = new(StringComparer.Ordinal) { [className] = "the name of the class itself" };
                foreach (var member in ReservedNames.ObjectMembers)
                {
                    found[member] = $"a member every class has ({member})";
                }

                // Every group (and B24Api) is a B24ApiGroup.
                found["Client"] = "the client property of every group";
                found["GetOrAddChild"] = "a method of every group";

                members[className] = found;
            }

            return found;
        }

        foreach (var (file, method) in methods.Where(m => !dropped.Contains(m.Method.Name)))
        {
            var path = method.Group.Path;
            for (var length = 1; length <= path.Count; length++)
            {
                var parent = MembersOf(ClassName(path, length - 1));
                var group = $"the group '{string.Join(".", path.Take(length))}'";
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
            var own = MembersOf(ClassName(method.Group.Path, method.Group.Path.Count));
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
                own[name] = $"a method of '{method.Name}'";
            }
        }

        return dropped;
    }

    /// <summary>The class of the group made of the first <paramref name="length"/> words of <paramref name="path"/>.</summary>
    private static string ClassName(EquatableArray<string> path, int length) =>
        length == 0 ? RootClass : string.Concat(path.Take(length)) + "Api";

    private static IEnumerable<(string ClassName, string Key)> GroupClasses(EquatableArray<string> path)
    {
        for (var length = 1; length <= path.Count; length++)
        {
            yield return (ClassName(path, length), string.Join(".", path.Take(length)));
        }
    }

    private static string? TypeClash(MethodDeclaration method, Dictionary<string, string> types, Dictionary<string, string> groupClasses)
    {
        if (types.TryGetValue(method.RequestTypeName, out var owner))
        {
            return $"gives the request type '{method.RequestTypeName}', which is already {owner}";
        }

        foreach (var (className, key) in GroupClasses(method.Group.Path))
        {
            // The same group reached again is shared, not a clash; another group of the same class name is.
            if (groupClasses.TryGetValue(className, out var groupKey) ? groupKey != key : types.ContainsKey(className))
            {
                return $"gives the group class '{className}', which is already {(groupKey is not null ? $"the group class of '{groupKey}'" : types[className])}";
            }

            if (!groupClasses.ContainsKey(className) && types.TryGetValue(className + "Extensions", out var attachmentOwner))
            {
                return $"gives the class '{className}Extensions', which is already {attachmentOwner}";
            }
        }

        return null;
    }

    private static string? Claim(Dictionary<string, string> names, string name, string what, string prefix)
    {
        if (names.TryGetValue(name, out var owner))
        {
            return $"gives '{prefix}{name}', which is already {owner}";
        }

        names[name] = what;
        return null;
    }

    private static void Report(SchemaDeclarations file, MethodDeclaration method, string problem, List<DiagnosticInfo> diagnostics, HashSet<string> dropped)
    {
        dropped.Add(method.Name);
        diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.GeneratedNameClash, new(file.FilePath, DeclarationPart.Method), method.Name, problem));
    }
}
