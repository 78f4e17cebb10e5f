using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Which file describes each event, across files: the first in file order (the precompiled stock API first) keeps a
/// code; a second description of it is an error, and so is an event whose class takes a name something else has (a
/// type, another event's class, even one that differs in case only, or the file name of a method: the generated files
/// are named after the classes, and file names ignore case). A user's type named like a stock event's class is reported
/// at the type (B24G0020), not in the stock file.
/// The event left out is not generated, nor is its data type (returned without it), so the build shows one diagnostic
/// and not C# errors.
/// </summary>
internal static class EventOwnership
{
    public static (EquatableArray<EventOwner> Owners, List<SchemaDeclarations> Files) Own(List<SchemaDeclarations> ordered, List<DiagnosticInfo> diagnostics)
    {
        if (!ordered.Any(f => f.Event is not null))
        {
            return (EquatableArray<EventOwner>.Empty, ordered);
        }

        var owners = new Dictionary<string, SchemaDeclarations>(StringComparer.Ordinal);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);

        // Each generated event file is named after its class ({Class}.event.g.cs), and generated file names compare
        // ignoring case: two classes of this build that differ in case only, or a method 'xevent.event' (its file is
        // xevent.event.g.cs) beside the class XEvent, would give one file twice.
        var emittedClasses = new Dictionary<string, (string ClassName, string Code)>(StringComparer.OrdinalIgnoreCase);
        var methods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var method in ordered.Where(f => !f.IsPrecompiled && f.Method is not null).Select(f => f.Method!.Name))
        {
            if (!methods.ContainsKey(method))
            {
                methods.Add(method, method);
            }
        }

        var dataTypes = new HashSet<string>(ordered.Select(f => f.Event?.DataTypeName).OfType<string>(), StringComparer.Ordinal);
        var typePaths = new Dictionary<string, (string FilePath, int Index, bool IsStock)>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            for (var i = 0; i < file.Types.Count; i++)
            {
                var type = file.Types[i];
                if (!type.IsPartial && !dataTypes.Contains(type.Name) && !typePaths.ContainsKey(type.Name))
                {
                    typePaths.Add(type.Name, (file.FilePath, i, file.IsStock));
                }
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

            var userType = file.IsStock && typePaths.TryGetValue(@event.ClassName, out var home) && !home.IsStock ? home : default((string FilePath, int Index, bool IsStock)?);
            if (userType is { } clash)
            {
                // A stock event's class and a type of the user's: the type is the mistake, reported where it can be fixed
                // (not in a stock file). A precompiled event is kept (it is compiled already); one compiled from the
                // stock YAML is left out with its data type, as below, so that its class is not defined twice.
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.InvalidTypeName, new DeclarationPlace(clash.FilePath, DeclarationPart.Type, clash.Index), @event.ClassName, $"is the class of the stock event '{@event.Code}'; pick another type name"));
                if (!file.IsPrecompiled)
                {
                    (dropped ??= new()).Add(file);
                    continue;
                }
            }

            // A precompiled event's class is in its assembly: no file of this build is named after it (the last two).
            var holder = userType is null && typePaths.TryGetValue(@event.ClassName, out var typeHome) ? $"the type '{@event.ClassName}' in '{typeHome.FilePath}'"
                : classes.TryGetValue(@event.ClassName, out var other) ? $"the class of the event '{other}'"
                : @event.ClassName is "B24Api" or "B24Methods" ? "a class of the generated API"
                : file.IsPrecompiled ? null
                : emittedClasses.TryGetValue(@event.ClassName, out var similar) ? $"taken but for case: the event '{similar.Code}' gives the class '{similar.ClassName}', and the generated files, named after the classes, ignore case"
                : methods.TryGetValue(@event.ClassName + ".event", out var method) ? $"taken: the method '{method}' generates the file '{method}.g.cs', and this event's would be '{@event.ClassName}.event.g.cs' (file names ignore case)"
                : null;
            if (holder is not null)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.EventNameClash, place, @event.Code, @event.ClassName, holder));
                (dropped ??= new()).Add(file);
                continue;
            }

            owners.Add(@event.Code, file);
            classes.Add(@event.ClassName, @event.Code);
            if (!file.IsPrecompiled && !emittedClasses.ContainsKey(@event.ClassName))
            {
                emittedClasses.Add(@event.ClassName, (@event.ClassName, @event.Code));
            }
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
