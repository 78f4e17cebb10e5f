namespace B24Gen.Serialization;

/// <summary>What to change in a schema's YAML when the portal sends a value its declared type does not take.</summary>
internal static class SchemaFix
{
    public static string For(string found) => found switch
    {
        "null" or "the string \"\"" =>
            "If the portal may send that, declare the field nullable in its schema YAML ('T?').",
        "false" or "true" =>
            "If the portal may send a boolean there (PHP's false for \"none\"), declare the field 'T | bool' or 'any' in its schema YAML.",
        _ =>
            "Declare the field with the type the portal sends in its schema YAML ('string', a union 'A | B', or 'any').",
    };
}
