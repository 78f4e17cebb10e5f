namespace B24Gen.Generator.Emit;

/// <summary>
/// Every type the generated code names that it does not declare, written with <c>global::</c> (as System.Text.Json's
/// and Refit's generators do): generated code has no <c>using</c> directives, so a user's <c>MyApp.Task</c> or
/// <c>JsonElement</c> can never capture a name it means to take from the runtime or the BCL.
/// </summary>
internal static class GlobalNames
{
    public const string B24Client = "global::B24Gen.B24Client";
    public const string B24Api = "global::B24Gen.B24Api";
    public const string B24ApiGroup = "global::B24Gen.B24ApiGroup";
    public const string B24Methods = "global::B24Gen.B24Methods";
    public const string B24Method = "global::B24Gen.B24Method";
    public const string B24MethodKind = "global::B24Gen.B24MethodKind";
    public const string B24Paging = "global::B24Gen.B24Paging";
    public const string B24Response = "global::B24Gen.B24Response";
    public const string B24Union = "global::B24Gen.B24Union";
    public const string B24Date = "global::B24Gen.B24Date";
    public const string B24DateTime = "global::B24Gen.B24DateTime";
    public const string B24Exception = "global::B24Gen.B24Exception";
    public const string B24MethodException = "global::B24Gen.B24MethodException";
    public const string B24ListExtensions = "global::B24Gen.B24ListExtensions";

    public const string B24ObjectType = "global::B24Gen.Serialization.B24ObjectType";
    public const string B24ObjectReader = "global::B24Gen.Serialization.B24ObjectReader";
    public const string B24ObjectWriter = "global::B24Gen.Serialization.B24ObjectWriter";
    public const string B24EnumType = "global::B24Gen.Serialization.B24EnumType";
    public const string B24JsonType = "global::B24Gen.Serialization.B24JsonType";
    public const string B24JsonConverterFactory = "global::B24Gen.Serialization.B24JsonConverterFactory";
    public const string B24NullableValueJsonType = "global::B24Gen.Serialization.B24NullableValueJsonType";
    public const string B24NullableReferenceJsonType = "global::B24Gen.Serialization.B24NullableReferenceJsonType";
    public const string B24FieldSet = "global::B24Gen.Serialization.B24FieldSet";
    public const string B24AdditionalFields = "global::B24Gen.Serialization.B24AdditionalFields";

    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string JsonConverterAttribute = "global::System.Text.Json.Serialization.JsonConverter";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string IReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
    public const string IAsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";
    public const string ReadOnlyDictionary = "global::System.Collections.ObjectModel.ReadOnlyDictionary";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string DateTimeOffset = "global::System.DateTimeOffset";
    public const string IEquatable = "global::System.IEquatable";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string StringComparison = "global::System.StringComparison";
    public const string StringComparer = "global::System.StringComparer";
    public const string Type = "global::System.Type";
    public const string SetsRequiredMembersAttribute = "global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers";
    public const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";
    public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";

    /// <summary>The <c>[GeneratedCode]</c> attribute on every generated type, naming the generator and its version.</summary>
    public static readonly string GeneratedCode =
        $"[{GeneratedCodeAttribute}(\"B24Gen\", \"{typeof(GlobalNames).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}\")]";
}
