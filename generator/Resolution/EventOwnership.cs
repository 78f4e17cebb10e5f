using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Which file describes each event, across files: the first in file order (the precompiled stock API first) keeps a
/// code; a second description of it is an error, and so is an event whose class takes a name something else has.
/// The event left out is not generated, nor is its data type (returned without it), so the build shows one diagnostic
/// and not C# errors.
/// </summary>
internal static class EventOwnership
{
    public static (EquatableArray<EventOwner> Owners, List<SchemaDeclarations> Files) Own(List<SchemaDeclarations> ordered, List<DiagnosticInfo> diagnostics)
    {
        var owners = new Dictionary<string, SchemaDeclarations>(StringComparer.Ordinal);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        var dataTypes = new HashSet<string>(ordered.Select(f => f.Event?.DataTypeName).OfType<string>(), StringComparer.Ordinal);
        var typePaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in ordered.SelectMany(f => f.Types.Where(t => !t.IsPartial && !dataTypes.Contains(t.Name)).Select(t => (t.Name, f.FilePath))))
        {
            if (!typePaths.ContainsKey(type.Name))
            {
                typePaths.Add(type.Name, type.FilePath);
            }
        }

        List<SchemaDeclarations>? dropped = null;
        foreach (var file in ordered)
        {
            if (file.Event is not { } @event)
            {
                continue;
            }

            var place = new DeclarationPlace(file.FilePath, DeclarationPart.Event);
            if (owners.TryGetValue(@event.Code, out var owner))
            {
                diagnostics.Add(owner.IsPrecompiled
                    ? DiagnosticInfo.At(DiagnosticDescriptors.PrecompiledStockChanged, place, @event.Code, Stock.StockIndexReader.ScopeOf(owner.FilePath), "describe this event again")
                    : DiagnosticInfo.At(DiagnosticDescriptors.DuplicateEvent, place, @event.Code, owner.FilePath));
                (dropped ??= new()).Add(file);
                continue;
            }

            var holder = typePaths.TryGetValue(@event.ClassName, out var typePath) ? $"the type '{@event.ClassName}' in '{typePath}'"
                : classes.TryGetValue(@event.ClassName, out var other) ? $"the class of the event '{other}'"
                : @event.ClassName is "B24Api" or "B24Methods" ? "a class of the generated API" : null;
            if (holder is not null)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.EventNameClash, place, @event.Code, @event.ClassName, holder));
                (dropped ??= new()).Add(file);
                continue;
            }

            owners.Add(@event.Code, file);
            classes.Add(@event.ClassName, @event.Code);
        }

        var owned = owners.Where(p => !p.Value.IsPrecompiled).Select(p => new EventOwner(p.Key, p.Value.FilePath)).ToList();
        owned.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        var files = dropped is null ? ordered : ordered.Select(f => dropped.Contains(f) ? WithoutDataType(f) : f).ToList();
        return (owned.ToEquatableArray(), files);
    }

    /// <summary>The file without its event's data type: the parser adds it last, so the other types keep their places.</summary>
    private static SchemaDeclarations WithoutDataType(SchemaDeclarations file) =>
        file with { Types = file.Types.Where(t => t.Name != file.Event!.DataTypeName).ToEquatableArray() };
}
