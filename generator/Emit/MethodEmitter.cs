using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits a method's call surface: a static class with its descriptor (<c>B24Methods.X</c>, a static extension
/// member) and <c>VerbAsync</c> / <c>VerbWithResponseAsync</c> / <c>VerbAllAsync</c> as extension members of its group.
/// </summary>
internal static class MethodEmitter
{

    /// <param name="code">The writer.</param>
    /// <param name="method">The method.</param>
    /// <param name="context">The emit context.</param>
    /// <param name="fastPagingIdProperty">The items' ID property when <c>paging: fast</c> checked out; otherwise fast is emitted as start.</param>
    public static void Emit(IndentedWriter code, MethodModel method, EmitContext context, string? fastPagingIdProperty = null)
    {
        var paging = method.Paging == PagingKind.Fast && fastPagingIdProperty is null ? PagingKind.Start : method.Paging;
        var qualifier = context.Qualifier;
        var result = TypeMapper.CSharpType(method.Result, qualifier);
        var request = qualifier + method.RequestTypeName;
        var descriptorType = $"{GlobalNames.B24Method}<{request}, {result}>";
        var groupClass = context.GroupClass(method.GroupPath);

        // One static class per method holds its descriptor and attaches it with extension members, to B24Methods and
        // to its group: a method can join a group (and the list of descriptors) that another assembly defines.
        DocComments.Summary(code, $"The REST method <c>{method.Name}</c>: <see cref=\"{GlobalNames.B24Methods}\"/>.{method.DescriptorName} and its calls on <see cref=\"{groupClass}\"/>.");
        code.Line(GlobalNames.GeneratedCode);
        code.Open($"{context.Visibility} static class {ContainerName(method.DescriptorName)}");
        code.Line($"private static readonly {descriptorType} Method = new(");
        code.Indent();
        code.Line($"{DocComments.Literal(method.Name)},");
        code.Line($"{GlobalNames.B24MethodKind}.{method.Kind},");
        code.Line($"{request}.JsonType,");
        if (paging == PagingKind.None)
        {
            code.Line($"{JsonTypeCode.Expression(method.Result, qualifier)});");
        }
        else
        {
            code.Line($"{JsonTypeCode.Expression(method.Result, qualifier)},");
            code.Line($"{GlobalNames.B24Paging}.{paging});");
        }

        code.Outdent();
        code.Line();
        code.Open($"extension({GlobalNames.B24Methods})");
        DocComments.Summary(code, $"The REST method <c>{method.Name}</c>, for batches and for calls through <see cref=\"{GlobalNames.B24Client}\"/>.");
        code.Line($"public static {descriptorType} {method.DescriptorName} => Method;");
        code.Close();
        code.Line();

        var docs = new SharedDocs(method);
        code.Open($"extension({groupClass} group)");
        var noParameters = method.Parameters.Count == 0;
        var allOptional = !noParameters && method.Parameters.All(p => !p.Required);

        // Parameters all optional: the request itself is optional, so VerbAsync() and VerbAsync(new() { ... }) both bind.
        var requestParameter = allOptional ? $"{request}? request = null" : $"{request} request";
        var requestValue = allOptional ? $"request ?? new {request}()" : "request";
        var requestArgument = $"Method, {requestValue}, cancellationToken";
        EmitDocs(code, method, docs, withResponse: false);
        code.Line($"/// <param name=\"request\">The parameters{(allOptional ? "; none are required." : ".")}</param>");
        code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        code.Line($"public {GlobalNames.Task}<{result}> {method.Verb}Async({requestParameter}, {CancellationTokenParameter}) =>");
        code.Line($"    group.Client.CallAsync({requestArgument});");
        if (noParameters)
        {
            code.Line();
            EmitDocs(code, method, docs, withResponse: false);
            code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            code.Line($"public {GlobalNames.Task}<{result}> {method.Verb}Async({CancellationTokenParameter}) =>");
            code.Line($"    group.Client.CallAsync(Method, new {request}(), cancellationToken);");
        }

        code.Line();
        EmitDocs(code, method, docs, withResponse: true);
        code.Line($"/// <param name=\"request\">The parameters{(allOptional ? "; none are required." : ".")}</param>");
        code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        code.Line($"public {GlobalNames.Task}<{GlobalNames.B24Response}<{result}>> {method.Verb}WithResponseAsync({requestParameter}, {CancellationTokenParameter}) =>");
        code.Line($"    group.Client.CallWithResponseAsync({requestArgument});");
        if (noParameters)
        {
            code.Line();
            EmitDocs(code, method, docs, withResponse: true);
            code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            code.Line($"public {GlobalNames.Task}<{GlobalNames.B24Response}<{result}>> {method.Verb}WithResponseAsync({CancellationTokenParameter}) =>");
            code.Line($"    group.Client.CallWithResponseAsync(Method, new {request}(), cancellationToken);");
        }

        if (paging != PagingKind.None && method.Result is ListTypeRef list)
        {
            var item = TypeMapper.CSharpType(list.Item, qualifier);
            string Call(string value) => paging == PagingKind.Fast
                ? $"{GlobalNames.B24ListExtensions}.ListFastAsync(group.Client, Method, {value}, static item => item.{fastPagingIdProperty}, cancellationToken)"
                : $"{GlobalNames.B24ListExtensions}.ListAsync(group.Client, Method, {value}, cancellationToken)";
            code.Line();
            EmitDocs(code, method, docs, withResponse: false, paging);
            code.Line($"/// <param name=\"request\">The parameters{(allOptional ? "; none are required." : ".")}{(paging == PagingKind.Fast ? " Its order is replaced by ID ascending; its filter is kept, with <c>&gt;ID</c> added." : " The client sets <c>start</c> itself.")}</param>");
            code.Line("/// <param name=\"cancellationToken\">Cancels the enumeration.</param>");
            code.Line($"public {GlobalNames.IAsyncEnumerable}<{item}> {method.Verb}AllAsync({requestParameter}, {CancellationTokenParameter}) =>");
            code.Line($"    {Call(requestValue)};");
            if (noParameters)
            {
                code.Line();
                EmitDocs(code, method, docs, withResponse: false, paging);
                code.Line("/// <param name=\"cancellationToken\">Cancels the enumeration.</param>");
                code.Line($"public {GlobalNames.IAsyncEnumerable}<{item}> {method.Verb}AllAsync({CancellationTokenParameter}) =>");
                code.Line($"    {Call($"new {request}()")};");
            }
        }

        code.Close();
        code.Close();
    }

    /// <summary>The static class that holds a method's descriptor and extension members: <c>CrmDealListExtensions</c>.</summary>
    public static string ContainerName(string descriptorName) => descriptorName + "Extensions";

    private const string CancellationTokenParameter = GlobalNames.CancellationToken + " cancellationToken = default";

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;

    /// <summary>The parts of a method's docs that every overload repeats, built once per method.</summary>
    private sealed class SharedDocs(MethodModel method)
    {
        public string Summary { get; } = DocComments.Text(method.Summary);

        public string Remarks { get; } = BuildRemarks(method);

        public string? Errors { get; } = method.Errors.Count == 0 ? null : BuildErrors(method);

        /// <summary>The <c>returns</c> of a call: the result's description.</summary>
        public string Returns { get; } = DocComments.Text(method.ResultDescription) is { Length: > 0 } description ? description : "The result.";

        /// <summary>The <c>returns</c> of a call with its response envelope.</summary>
        public string ResponseReturns { get; } = DocComments.Text(method.ResultDescription) is { Length: > 0 } description
            ? "The result (" + LowerFirst(description.TrimEnd('.')) + ") and the response envelope."
            : "The result and the response envelope.";
    }

    /// <summary>A reused builder for the per-method docs (one per thread, as the generator may run files in parallel).</summary>
    [System.ThreadStatic]
    private static System.Text.StringBuilder? t_docs;

    private static System.Text.StringBuilder DocsBuilder() => (t_docs ??= new System.Text.StringBuilder(1024)).Clear();

    private static string BuildErrors(MethodModel method)
    {
        var errors = DocsBuilder().Append("The portal refused the call with a documented error: ");
        for (var i = 0; i < method.Errors.Count; i++)
        {
            errors.Append(i == 0 ? "\"" : "; \"").Append(DocComments.Text(method.Errors[i].Message)).Append('"');
        }

        return errors.Append('.').ToString();
    }

    private static string BuildRemarks(MethodModel method)
    {
        var kind = method.Kind == MethodKind.Read
            ? "Read-only: retried on transient failures."
            : "Changes data: never retried blindly.";
        var remarks = DocsBuilder()
            .Append("<para>REST method <c>").Append(method.Name).Append("</c>, scope <c>").Append(DocComments.Text(method.Scope))
            .Append("</c>. ").Append(kind).Append("</para>");
        if (method.DocsUrl is not null)
        {
            remarks.Append("\n<para>Documentation: <see href=\"").Append(DocComments.Attribute(method.DocsUrl)).Append("\"/>.</para>");
        }

        if (method.Description is not null)
        {
            remarks.Append("\n<para>").Append(DocComments.Text(method.Description)).Append("</para>");
        }

        if (method.Errors.Count > 0)
        {
            remarks.Append("\n<para>Documented errors:</para>\n<list type=\"bullet\">");
            foreach (var error in method.Errors)
            {
                remarks.Append("\n<item><description>HTTP ").Append(error.Status).Append(", ");
                if (error.Code.Length == 0)
                {
                    remarks.Append("empty code");
                }
                else
                {
                    remarks.Append("code <c>").Append(DocComments.Text(error.Code)).Append("</c>");
                }

                remarks.Append(": \"").Append(DocComments.Text(error.Message)).Append("\".");
                if (error.Description is not null)
                {
                    remarks.Append(' ').Append(DocComments.Text(error.Description));
                }

                remarks.Append("</description></item>");
            }

            remarks.Append("\n</list>");
        }

        return remarks.ToString();
    }

    private static void EmitDocs(IndentedWriter code, MethodModel method, SharedDocs shared, bool withResponse, PagingKind allPages = PagingKind.None)
    {
        if (withResponse)
        {
            DocComments.SummaryThen(code, shared.Summary, "Returns the result with the response envelope (<c>time</c>, <c>total</c>, <c>next</c>).");
        }
        else if (allPages == PagingKind.Start)
        {
            DocComments.SummaryThen(code, shared.Summary, "Returns every item of every page (<c>start</c> = 0, then each page's <c>next</c>), fetched as you enumerate.");
        }
        else if (allPages == PagingKind.Fast)
        {
            DocComments.SummaryThen(code, shared.Summary, "Returns every item by ascending ID in the fast mode (<c>&gt;ID</c> filter, <c>start=-1</c>, 50 pages per <c>batch</c> call), fetched as you enumerate.");
        }
        else
        {
            DocComments.Summary(code, shared.Summary.Length > 0 ? shared.Summary : $"Calls <c>{method.Name}</c>.");
        }

        DocComments.Remarks(code, shared.Remarks);
        var returns = allPages switch
        {
            PagingKind.Fast => "Every item, by ascending ID, each once.",
            PagingKind.Start => "Every item, in the portal's order.",
            _ when withResponse => shared.ResponseReturns,
            _ => shared.Returns,
        };
        DocComments.Element(code, "returns", null, returns);
        if (shared.Errors is not null)
        {
            DocComments.Element(code, "exception", $"cref=\"{GlobalNames.B24MethodException}\"", shared.Errors);
        }

        DocComments.Element(code, "exception", $"cref=\"{GlobalNames.B24Exception}\"", "The call failed: authorization, access, limits, a server error, an unreadable response or the transport.");
    }
}
