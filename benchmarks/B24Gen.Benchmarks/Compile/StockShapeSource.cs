using System.Text;

namespace B24Gen.Benchmarks.Compile;

/// <summary>
/// C# for a synthetic stock API in the two shapes B24Gen could emit, over a minimal stand-in for the runtime, and
/// a 50-file app that calls it. Only the shape differs: the same scopes, groups, methods, types and calls.
/// </summary>
internal static class StockShapeSource
{
    public const int GroupsPerScope = 3;

    public const int MethodsPerGroup = 4;

    /// <summary>The runtime's API types, reduced to what the shapes use.</summary>
    public const string Runtime = """
        namespace B24Gen;
        public sealed class B24Client { public System.Threading.Tasks.Task<TResult> CallAsync<TRequest, TResult>(B24Method<TRequest, TResult> method, TRequest request) => System.Threading.Tasks.Task.FromResult(default(TResult)!); }
        public sealed class B24Method<TRequest, TResult>(string name) { public string Name { get; } = name; }
        public abstract class B24ApiGroup(B24Client client) { public B24Client Client { get; } = client; public T GetOrAddChild<T>(System.Func<B24Client, T> create) => create(Client); }
        public sealed class B24Api(B24Client client) : B24ApiGroup(client);
        public static class B24Methods;
        """;

    /// <summary>
    /// One scope's assembly. <paramref name="perMethodClasses"/>: each method is a static class of its own holding
    /// its descriptor and its calls as extension members (the shape before); otherwise the calls are members of
    /// the group class and the descriptors join the scope's attaching class (the shape B24Gen emits).
    /// </summary>
    public static string Scope(int scope, bool perMethodClasses)
    {
        var name = $"Scope{scope}";
        var code = new StringBuilder("namespace B24Gen.Api;\n");
        code.Append($"public sealed partial class {name}Api : global::B24Gen.B24ApiGroup\n{{\n    internal {name}Api(global::B24Gen.B24Client client) : base(client) {{ }}\n");
        for (var group = 0; group < GroupsPerScope; group++)
        {
            code.Append($"    public global::B24Gen.Api.{name}G{group}Api G{group} => this.GetOrAddChild(static client => new global::B24Gen.Api.{name}G{group}Api(client));\n");
        }

        code.Append("}\n");
        code.Append($"public static partial class {name}ApiExtensions\n{{\n    extension(global::B24Gen.B24Api parent)\n    {{\n        public global::B24Gen.Api.{name}Api {name} => parent.GetOrAddChild(static client => new global::B24Gen.Api.{name}Api(client));\n    }}\n}}\n");
        for (var group = 0; group < GroupsPerScope; group++)
        {
            var groupClass = $"{name}G{group}Api";
            code.Append($"public sealed partial class {groupClass} : global::B24Gen.B24ApiGroup\n{{\n    internal {groupClass}(global::B24Gen.B24Client client) : base(client) {{ }}\n}}\n");
            for (var method = 0; method < MethodsPerGroup; method++)
            {
                AppendMethod(code, name, groupClass, $"{name}G{group}M{method}", $"M{method}", perMethodClasses);
            }
        }

        return code.ToString();
    }

    private static void AppendMethod(StringBuilder code, string scope, string groupClass, string descriptor, string verb, bool perMethodClasses)
    {
        var request = $"global::B24Gen.Api.{descriptor}Request";
        var result = $"global::B24Gen.Api.{descriptor}Result";
        var method = $"global::B24Gen.B24Method<{request}, {result}>";
        var task = $"global::System.Threading.Tasks.Task<{result}>";
        code.Append($"public sealed class {descriptor}Request {{ public int Id {{ get; set; }} public string? Name {{ get; set; }} }}\n");
        code.Append($"public sealed class {descriptor}Result {{ public int Id {{ get; set; }} public string? Title {{ get; set; }} }}\n");
        if (perMethodClasses)
        {
            code.Append($$"""
                public static class {{descriptor}}Extensions
                {
                    private static readonly {{method}} Method = new("{{descriptor}}");
                    extension(global::B24Gen.B24Methods) { public static {{method}} {{descriptor}} => Method; }
                    extension(global::B24Gen.Api.{{groupClass}} group)
                    {
                        public {{task}} {{verb}}Async({{request}} request) => group.Client.CallAsync(Method, request);
                        public {{task}} {{verb}}WithResponseAsync({{request}} request) => group.Client.CallAsync(Method, request);
                    }
                }

                """);
            return;
        }

        code.Append($$"""
            public static partial class {{scope}}ApiExtensions
            {
                internal static readonly {{method}} {{descriptor}}Method = new("{{descriptor}}");
                extension(global::B24Gen.B24Methods) { public static {{method}} {{descriptor}} => {{descriptor}}Method; }
            }
            public sealed partial class {{groupClass}}
            {
                public {{task}} {{verb}}Async({{request}} request) => this.Client.CallAsync(global::B24Gen.Api.{{scope}}ApiExtensions.{{descriptor}}Method, request);
                public {{task}} {{verb}}WithResponseAsync({{request}} request) => this.Client.CallAsync(global::B24Gen.Api.{{scope}}ApiExtensions.{{descriptor}}Method, request);
            }

            """);
    }

    /// <summary>A 50-file app: 20 files each call one stock method and read one descriptor, 30 do not use the API.</summary>
    public static IEnumerable<string> App(int scopes) => Enumerable.Range(0, 50).Select(i =>
    {
        var (scope, group, method) = (i % scopes, i % GroupsPerScope, i % MethodsPerGroup);
        var body = i < 20
            ? $"var result = await api.Scope{scope}.G{group}.M{method}Async(new() {{ Id = {i} }}); return result.Id + B24Methods.Scope{scope}G{group}M{method}.Name.Length;"
            : $"await Task.Yield(); return {i};";
        return $"using B24Gen;\nusing B24Gen.Api;\nusing System.Threading.Tasks;\nnamespace App;\npublic static class File{i}\n{{\n    public static async Task<int> RunAsync(B24Api api) {{ {body} }}\n    public static int Other{i}(int x) => x * {i} + x.ToString().Length;\n}}\n";
    });
}
