using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Which file describes each event, across files: the first in file order (the precompiled stock API first) keeps a
/// code; a second description of it is an error, and so is an event whose class takes a name something else has.
/// The event left out is not generated, so the build shows the diagnostic and not C# errors.
/// </summary>
internal static class EventOwnership
{
    public static EquatableArray<EventOwner> Own(
        IReadOnlyList<SchemaDeclarations> ordered,
        IReadOnlyDictionary<string, (string FilePath, TypeDeclaration Type)> typeOwners,
        List<DiagnosticInfo> diagnostics)
    {
        var owners = new Dictionary<string, SchemaDeclarations>(StringComparer.Ordinal);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
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
                continue;
            }

            var holder = typeOwners.TryGetValue(@event.ClassName, out var type) ? $"the type '{@event.ClassName}' in '{type.FilePath}'"
                : classes.TryGetValue(@event.ClassName, out var other) ? $"the class of the event '{other}'"
                : @event.ClassName is "B24Api" or "B24Methods" ? "a class of the generated API" : null;
            if (holder is not null)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.EventNameClash, place, @event.Code, @event.ClassName, holder));
                continue;
            }

            owners.Add(@event.Code, file);
            classes.Add(@event.ClassName, @event.Code);
        }

        var owned = owners.Where(p => !p.Value.IsPrecompiled).Select(p => new EventOwner(p.Key, p.Value.FilePath)).ToList();
        owned.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        return owned.ToEquatableArray();
    }
}
