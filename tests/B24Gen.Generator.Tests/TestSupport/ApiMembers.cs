using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>
/// Finds what the generated API adds to a type, however it is added: the calls of a method are members of its group
/// class when the group is generated in the same compilation, and C# 14 extension members (<c>extension(...)</c>
/// blocks) when the group is another assembly's; scopes and descriptors are always extension members, which
/// <c>type.GetMembers(name)</c> on the extended type does not see.
/// </summary>
internal static class ApiMembers
{
    /// <summary>
    /// The members named <paramref name="name"/> of <paramref name="receiver"/> (a metadata name such as
    /// <c>B24Gen.Api.CrmDealApi</c> or <c>B24Gen.B24Api</c>): its own, then those declared in the compilation's own
    /// source by extension blocks whose receiver it is (a method's parameters exclude the receiver).
    /// </summary>
    public static IReadOnlyList<ISymbol> Of(Compilation output, string receiver, string name) =>
        Type(output, receiver).GetMembers(name).Concat(ExtensionsOf(output, receiver, name)).ToList();

    /// <summary>The members named <paramref name="name"/> that extension blocks add to <paramref name="receiver"/>, without its own.</summary>
    public static IReadOnlyList<ISymbol> ExtensionsOf(Compilation output, string receiver, string name) =>
        Blocks(output, Type(output, receiver)).SelectMany(block => block.GetMembers(name)).ToList();

    /// <summary>The methods named <paramref name="name"/> of <paramref name="receiver"/>, its own or added by extension blocks.</summary>
    public static IReadOnlyList<IMethodSymbol> Methods(Compilation output, string receiver, string name) =>
        Of(output, receiver, name).OfType<IMethodSymbol>().ToList();

    /// <summary>The extension blocks in the compilation's own source whose receiver is <paramref name="receiver"/>.</summary>
    public static IEnumerable<INamedTypeSymbol> Blocks(Compilation output, INamedTypeSymbol receiver) =>
        Types(output.Assembly.GlobalNamespace)
            .SelectMany(type => type.GetTypeMembers())
            .Where(block => block.IsExtension && SymbolEqualityComparer.Default.Equals(block.ExtensionParameter?.Type, receiver));

    private static INamedTypeSymbol Type(Compilation output, string metadataName)
    {
        var type = output.GetTypeByMetadataName(metadataName);
        Assert.True(type is not null, $"Type {metadataName} not found.");
        return type;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(Types));
}
