using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits a method's call surface: its descriptor in <c>B24Methods</c>, and <c>VerbAsync</c> /
/// <c>VerbWithResponseAsync</c> in the partial class of its group.
/// </summary>
internal static class MethodEmitter
{
    public static void Emit(IndentedWriter code, MethodModel method, EmitContext context)
    {
        var result = TypeMapper.CSharpType(method.Result);
        var request = method.RequestTypeName;
        var descriptorType = $"B24Method<{request}, {result}>";

        code.Open($"{context.Visibility} static partial class B24Methods");
        DocComments.Summary(code, $"The REST method <c>{method.Name}</c>, for batches and for calls through <see cref=\"B24Client\"/>.");
        code.Line($"public static {descriptorType} {method.DescriptorName} {{ get; }} = new(");
        code.Indent();
        code.Line($"{DocComments.Literal(method.Name)},");
        code.Line($"B24MethodKind.{method.Kind},");
        code.Line(JsonReadCode.Function(method.Result, depth: 0) + ");");
        code.Outdent();
        code.Close();
        code.Line();

        var groupClass = ApiEmitter.GroupClassName(method.GroupPath);
        code.Open($"{context.Visibility} sealed partial class {groupClass}");
        var callArguments = $"B24Methods.{method.DescriptorName}, request, cancellationToken";
        var noParameters = method.Parameters.Count == 0;
        var allOptional = !noParameters && method.Parameters.All(p => !p.Required);

        // Parameters all optional: the request itself is optional, so VerbAsync() and VerbAsync(new() { ... }) both bind.
        var requestParameter = allOptional ? $"{request}? request = null" : $"{request} request";
        var requestArgument = allOptional ? $"B24Methods.{method.DescriptorName}, request ?? new {request}(), cancellationToken" : callArguments;
        EmitDocs(code, method, withResponse: false);
        code.Line("/// <param name=\"request\">The parameters" + (allOptional ? "; none are required." : ".") + "</param>");
        code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        code.Line($"public Task<{result}> {method.Verb}Async({requestParameter}, CancellationToken cancellationToken = default) =>");
        code.Line($"    _client.CallAsync({requestArgument});");
        if (noParameters)
        {
            code.Line();
            EmitDocs(code, method, withResponse: false);
            code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            code.Line($"public Task<{result}> {method.Verb}Async(CancellationToken cancellationToken = default) =>");
            code.Line($"    {method.Verb}Async(new {request}(), cancellationToken);");
        }

        code.Line();
        EmitDocs(code, method, withResponse: true);
        code.Line("/// <param name=\"request\">The parameters" + (allOptional ? "; none are required." : ".") + "</param>");
        code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        code.Line($"public Task<B24Response<{result}>> {method.Verb}WithResponseAsync({requestParameter}, CancellationToken cancellationToken = default) =>");
        code.Line($"    _client.CallWithResponseAsync({requestArgument});");
        if (noParameters)
        {
            code.Line();
            EmitDocs(code, method, withResponse: true);
            code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            code.Line($"public Task<B24Response<{result}>> {method.Verb}WithResponseAsync(CancellationToken cancellationToken = default) =>");
            code.Line($"    {method.Verb}WithResponseAsync(new {request}(), cancellationToken);");
        }

        code.Close();
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;

    private static void EmitDocs(IndentedWriter code, MethodModel method, bool withResponse)
    {
        var summary = DocComments.Text(method.Summary);
        if (withResponse)
        {
            summary = (summary.Length > 0 ? summary + " " : string.Empty) + "Returns the result with the response envelope (<c>time</c>, <c>total</c>, <c>next</c>).";
        }

        DocComments.Summary(code, summary.Length > 0 ? summary : $"Calls <c>{method.Name}</c>.");
        var kind = method.Kind == MethodKind.Read
            ? "Read-only: retried on transient failures."
            : "Changes data: never retried blindly.";
        var remarks = $"<para>REST method <c>{method.Name}</c>, scope <c>{DocComments.Text(method.Scope)}</c>. {kind}</para>";
        if (method.DocsUrl is not null)
        {
            remarks += $"\n<para>Documentation: <see href=\"{DocComments.Text(method.DocsUrl)}\"/>.</para>";
        }

        if (method.Description is not null)
        {
            remarks += $"\n<para>{DocComments.Text(method.Description)}</para>";
        }

        if (method.Errors.Count > 0)
        {
            remarks += "\n<para>Documented errors:</para>\n<list type=\"bullet\">";
            foreach (var error in method.Errors)
            {
                var code_ = error.Code.Length == 0 ? "empty code" : $"code <c>{DocComments.Text(error.Code)}</c>";
                var when = error.Description is null ? string.Empty : " " + DocComments.Text(error.Description);
                remarks += $"\n<item><description>HTTP {error.Status}, {code_}: \"{DocComments.Text(error.Message)}\".{when}</description></item>";
            }

            remarks += "\n</list>";
        }

        DocComments.Remarks(code, remarks);
        var resultDescription = DocComments.Text(method.ResultDescription);
        DocComments.Element(code, "returns", null, withResponse
            ? "The result" + (resultDescription.Length > 0 ? " (" + LowerFirst(resultDescription.TrimEnd('.')) + ")" : string.Empty) + " and the response envelope."
            : resultDescription.Length > 0 ? resultDescription : "The result.");
        if (method.Errors.Count > 0)
        {
            var messages = string.Join("; ", method.Errors.Select(e => "\"" + DocComments.Text(e.Message) + "\""));
            DocComments.Element(code, "exception", "cref=\"B24MethodException\"", "The portal refused the call with a documented error: " + messages + ".");
        }

        DocComments.Element(code, "exception", "cref=\"B24Exception\"", "The call failed: authorization, access, limits, a server error, an unreadable response or the transport.");
    }
}
