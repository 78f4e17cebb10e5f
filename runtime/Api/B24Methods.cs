namespace B24Gen;

/// <summary>
/// Every REST method of the typed API as a descriptor, for <see cref="B24Client"/> calls and batches:
/// <c>B24Methods.CalendarSectionGet</c>. The descriptors are static extension members in the namespace of the
/// generated API (<c>B24Gen.Api</c> for the stock API), so the stock API and a project's own YAML add to one list.
/// </summary>
public static class B24Methods
{
}
