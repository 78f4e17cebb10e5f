using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>
/// Finds the C# 14 extension members that the generated code declares. The generated API adds its calls, scopes and
/// descriptors with <c>extension(...)</c> blocks (in <c>{Descriptor}Extensions</c> and <c>{Scope}ApiExtensions</c>
/// classes), so <c>type.GetMembers(name)</c> on the extended type does not see them; this looks them up by receiver.
/// </summary>
internal static class ExtensionMembers
{
    /// <summary>
    /// The members named <paramref name="name"/> declared, in the compilation's own (generated) source, by extension
    /// blocks whose receiver is <paramref name="receiver"/> (a metadata name such as <c>B24Gen.Api.CrmDealApi</c> or
    /// <c>B24Gen.B24Api</c>). The members are the block's own: a method's parameters exclude the receiver.
    /// </summary>
    public static IReadOnlyList<ISymbol> Of(Compilation output, string receiver, string name)
    {
        var receiverType = output.GetTypeByMetadataName(receiver);
        Assert.True(receiverType is not null, $"Type {receiver} not found.");
        return Blocks(output, receiverType).SelectMany(block => block.GetMembers(name)).ToList();
    }

    /// <summary>The methods named <paramref name="name"/> that extension blocks add to <paramref name="receiver"/>.</summary>
    public static IReadOnlyList<IMethodSymbol> Methods(Compilation output, string receiver, string name) =>
        Of(output, receiver, name).OfType<IMethodSymbol>().ToList();

    /// <summary>The extension blocks in the compilation's own source whose receiver is <paramref name="receiver"/>.</summary>
    public static IEnumerable<INamedTypeSymbol> Blocks(Compilation output, INamedTypeSymbol receiver) =>
        Types(output.Assembly.GlobalNamespace)
            .SelectMany(type => type.GetTypeMembers())
            .Where(block => block.IsExtension && SymbolEqualityComparer.Default.Equals(block.ExtensionParameter?.Type, receiver));

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(Types));
}
