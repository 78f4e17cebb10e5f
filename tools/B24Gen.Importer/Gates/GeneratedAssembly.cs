using System.Reflection;
using System.Runtime.Loader;

namespace B24Gen.Importer.Gates;

/// <summary>A scope's compiled code, loaded (and unloaded when disposed) to call its methods' descriptors.</summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context = new("b24gen-gate", isCollectible: true);

    public GeneratedAssembly(byte[] image)
    {
        var assembly = _context.LoadFromStream(new MemoryStream(image));
        foreach (var type in assembly.GetTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(B24Method<,>) && field.GetValue(null) is { } descriptor)
                {
                    Descriptors.TryAdd((string)field.FieldType.GetProperty(nameof(B24Method<object, object>.Name))!.GetValue(descriptor)!, descriptor);
                }
            }
        }
    }

    /// <summary>The generated descriptors (static fields of type <c>B24Method&lt;,&gt;</c>) by method name.</summary>
    public Dictionary<string, object> Descriptors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Dispose() => _context.Unload();
}
