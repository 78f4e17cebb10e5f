using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Model;

/// <summary>A schema file and whether it ships with the package; equal while the file and its flag are unchanged.</summary>
internal sealed record SchemaInput(AdditionalText Text, bool IsStock);
