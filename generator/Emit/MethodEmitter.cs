using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits a method's call surface: its descriptor (<c>B24Methods.X</c>, a static extension member) and
/// <c>VerbAsync</c> / <c>VerbWithResponseAsync</c> / <c>VerbAllAsync</c> on its group.
/// </summary>
/// <remarks>
/// Two shapes. When this assembly defines the method's group, the calls are members of the group class and the
/// descriptor joins the other descriptors of its scope in the class that attaches the scope: a scope adds two
/// classes however many methods it has, and every static class with extension members is one more that each build
/// referencing the assembly searches (measured: a 20x stock API compiled about 20 % faster this way). When the group
/// is another assembly's (a user's method in a precompiled stock group) or the root, the method has a static class of
/// its own that attaches its calls with extension members.
/// </remarks>
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
        var request = qualifier + method.RequestTypeName;
        var result = TypeMapper.CSharpType(method.Result, qualifier);
        var descriptorType = $"{GlobalNames.B24Method}<{request}, {result}>";
        var host = context.DescriptorHost(method.GroupPath);
        if (host is null)
        {
            var groupClass = context.GroupClass(method.GroupPath);
            DocComments.Summary(code, $"The REST method <c>{method.Name}</c>: <see cref=\"{GlobalNames.B24Methods}\"/>.{method.DescriptorName} and its calls on <see cref=\"{groupClass}\"/>.");
            code.Line(GlobalNames.GeneratedCode);
            code.Open($"{context.Visibility} static class {ContainerName(method.DescriptorName)}");
            EmitDescriptor(code, method, context, paging, request, descriptorType, "private", "Method");
            code.Line();
            code.Open($"extension({groupClass} group)");
            EmitCalls(code, method, context, paging, fastPagingIdProperty, request, result, "group.Client", "Method");
            code.Close();
            code.Close();
            return;
        }

        // Partial parts of classes that B24Api.g.cs declares (with their docs and attributes).
        var field = method.DescriptorName + "Method";
        code.Line($"// {method.Name}: its descriptor, beside the other descriptors of the scope.");
        code.Open($"{context.Visibility} static partial class {host}");
        EmitDescriptor(code, method, context, paging, request, descriptorType, "internal", field);
        code.Close();
        code.Line();
        code.Line($"// {method.Name}: its calls.");
        code.Open($"{context.Visibility} sealed partial class {ApiEmitter.GroupClassName(method.GroupPath)}");
        EmitCalls(code, method, context, paging, fastPagingIdProperty, request, result, "this.Client", $"{qualifier + host}.{field}");
        code.Close();
    }

    /// <summary>The descriptor's field and the <c>B24Methods</c> property that returns it.</summary>
    private static void EmitDescriptor(IndentedWriter code, MethodModel method, EmitContext context, PagingKind paging, string request, string descriptorType, string access, string field)
    {
        var qualifier = context.Qualifier;
        code.Line($"{access} static readonly {descriptorType} {field} = new(");
        code.Indent();
        code.Line($"{DocComments.Literal(method.Name)},");
        code.Line($"{GlobalNames.B24MethodKind}.{method.Kind},");
        code.Line($"{request}.JsonType,");
        if (paging == PagingKind.None)
        {
            code.Line($"{JsonTypeCode.Expression(method.Result, qualifier)});");
            code.Outdent();
        }
        else if (method.PagingParameter is null && method.PagedList is null)
        {
            code.Line($"{JsonTypeCode.Expression(method.Result, qualifier)},");
            code.Line($"{GlobalNames.B24Paging}.{paging});");
            code.Outdent();
        }
        else
        {
            code.Line($"{JsonTypeCode.Expression(method.Result, qualifier)},");
            code.Line($"{GlobalNames.B24Paging}.{paging})");
            code.Outdent();
            code.Line("{");
            code.Indent();
            if (method.PagingParameter is { } parameter)
            {
                code.Line($"PagingParameter = {DocComments.Literal(parameter)},");
            }

            if (method.PagingCursor is { } cursor)
            {
                code.Line($"PagingCursor = {DocComments.Literal(cursor)},");
            }

            if (method.PagedList is { } list)
            {
                code.Line($"PagedList = {DocComments.Literal(list.WireName)},");
            }

            code.Outdent();
            code.Line("};");
        }

        code.Line();
        code.Open($"extension({GlobalNames.B24Methods})");
        DocComments.Summary(code, $"The REST method <c>{method.Name}</c>, for batches and for calls through <see cref=\"{GlobalNames.B24Client}\"/>.");
        code.Line($"public static {descriptorType} {method.DescriptorName} => {field};");
        code.Close();
    }

    /// <summary>The call methods, written as members of the group (<paramref name="client"/> reaches its client).</summary>
    private static void EmitCalls(IndentedWriter code, MethodModel method, EmitContext context, PagingKind paging, string? fastPagingIdProperty, string request, string result, string client, string descriptor)
    {
        var qualifier = context.Qualifier;
        var docs = new SharedDocs(method);
        var noParameters = method.Parameters.Count == 0;
        var allOptional = !noParameters && method.Parameters.All(p => !p.Required);

        // Parameters all optional: the request itself is optional, so VerbAsync() and VerbAsync(new() { ... }) both bind.
        var requestParameter = allOptional ? $"{request}? request = null" : $"{request} request";
        var requestValue = allOptional ? $"request ?? new {request}()" : "request";
        var requestArgument = $"{descriptor}, {requestValue}, cancellationToken";
        EmitDocs(code, method, docs, withResponse: false);
        code.Line($"/// <param name=\"request\">The parameters{(allOptional ? "; none are required." : ".")}</param>");
        code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        code.Line($"public {GlobalNames.Task}<{result}> {method.Verb}Async({requestParameter}, {CancellationTokenParameter}) =>");
        code.Line($"    {client}.CallAsync({requestArgument});");
        if (noParameters)
        {
            code.Line();
            EmitDocs(code, method, docs, withResponse: false);
            code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            code.Line($"public {GlobalNames.Task}<{result}> {method.Verb}Async({CancellationTokenParameter}) =>");
            code.Line($"    {client}.CallAsync({descriptor}, new {request}(), cancellationToken);");
        }

        code.Line();
        EmitDocs(code, method, docs, withResponse: true);
        code.Line($"/// <param name=\"request\">The parameters{(allOptional ? "; none are required." : ".")}</param>");
        code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        code.Line($"public {GlobalNames.Task}<{GlobalNames.B24Response}<{result}>> {method.Verb}WithResponseAsync({requestParameter}, {CancellationTokenParameter}) =>");
        code.Line($"    {client}.CallWithResponseAsync({requestArgument});");
        if (noParameters)
        {
            code.Line();
            EmitDocs(code, method, docs, withResponse: true);
            code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            code.Line($"public {GlobalNames.Task}<{GlobalNames.B24Response}<{result}>> {method.Verb}WithResponseAsync({CancellationTokenParameter}) =>");
            code.Line($"    {client}.CallWithResponseAsync({descriptor}, new {request}(), cancellationToken);");
        }

        if (paging != PagingKind.None && method.PagedItem is { } pagedItem)
        {
            var item = TypeMapper.CSharpType(pagedItem, qualifier);
            var items = method.PagedList is { } list ? $", static result => result.{list.PropertyName}" : string.Empty;
            string Call(string value) => paging == PagingKind.Fast
                ? $"{GlobalNames.B24ListExtensions}.ListFastAsync({client}, {descriptor}, {value}, static item => item.{fastPagingIdProperty}, cancellationToken)"
                : $"{GlobalNames.B24ListExtensions}.ListAsync({client}, {descriptor}, {value}{items}, cancellationToken)";
            code.Line();
            EmitDocs(code, method, docs, withResponse: false, paging);
            code.Line($"/// <param name=\"request\">The parameters{(allOptional ? "; none are required." : ".")} {PagedRequestDocs(method, paging)}</param>");
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
    }

    /// <summary>What <c>VerbAllAsync</c> does with the request, per mode.</summary>
    private static string PagedRequestDocs(MethodModel method, PagingKind paging)
    {
        var parameter = DocComments.Text(method.PagingParameter ?? "start");
        return paging switch
        {
            PagingKind.Fast => "Its order is replaced by ID ascending; its filter is kept, with <c>&gt;ID</c> added.",
            PagingKind.Offset => $"The client sets <c>{parameter}</c> itself: the request's own value (or 0), then the number of items read.",
            PagingKind.Page => $"The client sets <c>{parameter}</c> itself: the request's own value (or 1), then the next page's.",
            PagingKind.Cursor => $"The client sets <c>{parameter}</c> itself: the request's own value for the first page, then the last item's <c>{DocComments.Text(method.PagingCursor ?? "ID")}</c>.",
            _ => "The client sets <c>start</c> itself.",
        };
    }

    /// <summary>The static class of a method in another assembly's group: <c>CrmDealListExtensions</c>.</summary>
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
        else if (allPages != PagingKind.None)
        {
            DocComments.SummaryThen(code, shared.Summary, $"Returns every item of every page (by <c>{DocComments.Text(method.PagingParameter ?? "start")}</c>), fetched as you enumerate.");
        }
        else
        {
            DocComments.Summary(code, shared.Summary.Length > 0 ? shared.Summary : $"Calls <c>{method.Name}</c>.");
        }

        DocComments.Remarks(code, shared.Remarks);
        var returns = allPages switch
        {
            PagingKind.Fast => "Every item, by ascending ID, each once.",
            PagingKind.None when withResponse => shared.ResponseReturns,
            PagingKind.None => shared.Returns,
            _ => "Every item, in the portal's order.",
        };
        DocComments.Element(code, "returns", null, returns);
        if (shared.Errors is not null)
        {
            DocComments.Element(code, "exception", $"cref=\"{GlobalNames.B24MethodException}\"", shared.Errors);
        }

        DocComments.Element(code, "exception", $"cref=\"{GlobalNames.B24Exception}\"", "The call failed: authorization, access, limits, a server error, an unreadable response or the transport.");
    }
}
