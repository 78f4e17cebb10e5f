using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Builds the <see cref="SchemaIndex"/> from every file's declarations: which file owns each method and type,
/// the extensions of <c>partial: true</c> types, the API tree, and the cross-file diagnostics. Files are taken in
/// path order, stock files before the user's, so the outcome never depends on the order the build lists them in.
/// </summary>
internal static class SchemaIndexBuilder
{
    public static SchemaIndex Build(ImmutableArray<SchemaDeclarations> files, GeneratorOptions options, StockIndex? stock = null)
    {
        var diagnostics = new List<DiagnosticInfo>();

        // One sort by path; the orders below are partitions of it (the index is rebuilt after many edits). The
        // precompiled stock API's declarations come first: a user's file can add to it, but not redefine it.
        var sorted = files.ToList();
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));

        // A file listed twice in AdditionalFiles (it happens in real builds) counts once, not as its own duplicate.
        var byPath = sorted.Where((f, i) => i == 0 || f.FilePath != sorted[i - 1].FilePath).ToList();
        var precompiled = stock?.Files ?? EquatableArray<SchemaDeclarations>.Empty;
        var ordered = precompiled
            .Concat(byPath.Where(f => f.IsStock))
            .Concat(byPath.Where(f => !f.IsStock))
            // A stock file counts by its folder (one assembly), not by its scope: key, the permission its method needs
            // (sale.* methods of the cashbox scope).
            .Where(f => f.Method is null || options.IncludesScope(f.IsStock ? Stock.StockIndexReader.FolderOf(f.FilePath) : f.Method.Scope))
            .ToList();

        // Events first: an event left out (a duplicate, a clash) takes its data type with it, so that one mistake is one diagnostic.
        var (eventOwners, withoutDroppedEvents) = EventOwnership.Own(ordered, diagnostics);
        ordered = withoutDroppedEvents;
        var methodOwners = OwnMethods(ordered, diagnostics);
        var typeOwners = OwnTypes(ordered, diagnostics);

        // Generated names that two declarations share: the method that comes second (in file order) is left out.
        var inFileOrder = ordered.Where(f => f.Method is { } m && methodOwners.TryGetValue(m.Name, out var o) && o.File == f).Select(f => (f, f.Method!)).ToList();
        foreach (var clash in NameClashChecker.Check(inFileOrder, typeOwners, diagnostics))
        {
            methodOwners.Remove(clash);
        }
        var allExtensions = CollectExtensions(ordered, typeOwners, diagnostics);
        var stockTypes = new HashSet<string>(precompiled.SelectMany(f => f.Types).Select(t => t.Name), StringComparer.Ordinal);
        var extensions = allExtensions.Where(e => !stockTypes.Contains(e.TypeName)).ToList();
        var (stockExtensions, stockInputTypes) = StockExtensions(allExtensions.Where(e => stockTypes.Contains(e.TypeName)), stock, typeOwners, diagnostics);

        foreach (var file in ordered)
        {
            for (var i = 0; i < file.References.Count; i++)
            {
                if (!typeOwners.ContainsKey(file.References[i]))
                {
                    diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.UnknownType, new(file.FilePath, DeclarationPart.Reference, i), file.References[i]));
                }
            }
        }

        var wrappedPaging = WrappedListResolver.Resolve(methodOwners.Values.Where(o => !o.File.IsPrecompiled), typeOwners, diagnostics);
        var fastPaging = CheckFastPaging(methodOwners.Values.Where(o => !o.File.IsPrecompiled), typeOwners, extensions, diagnostics);

        var groups = new Dictionary<string, ApiGroupModel>(StringComparer.Ordinal);
        var externalGroups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (file, method) in methodOwners.Values.Where(o => o.Method.Group.Path.Count > 0))
        {
            if (file.IsPrecompiled)
            {
                for (var length = 1; length <= method.Group.Path.Count; length++)
                {
                    externalGroups.Add(string.Join(".", method.Group.Path.Take(length)));
                }
            }
            else
            {
                groups[string.Join(".", method.Group.Path)] = method.Group;
            }
        }

        var sortedTypeOwners = typeOwners.Select(p => new TypeOwner(p.Key, p.Value.FilePath)).ToList();
        sortedTypeOwners.Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
        return new SchemaIndex(
            sortedTypeOwners.Select(o => o.TypeName).ToEquatableArray(),
            sortedTypeOwners.ToEquatableArray(),
            methodOwners.Select(p => new MethodOwner(p.Value.Method.Name, p.Value.File.FilePath)).OrderBy(o => o.MethodName, StringComparer.Ordinal).ToEquatableArray(),
            groups.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToEquatableArray(),
            byPath.Select(f => f.FilePath).ToEquatableArray(),
            extensions.ToEquatableArray(),
            fastPaging.OrderBy(f => f.MethodName, StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.ToEquatableArray())
        {
            ExternalGroups = externalGroups.ToEquatableArray(),
            StockTypeNames = stockTypes.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            StockExtensions = stockExtensions,
            StockExtendedInputTypes = stockInputTypes,
            WrappedPaging = wrappedPaging,
            EventOwners = eventOwners,
        };
    }

    /// <summary>
    /// Fields that <c>partial: true</c> declarations add to object types of the precompiled stock API: checked against
    /// the stock type's members (from the index) and each other, then emitted as extension properties that read
    /// and write <c>AdditionalFields</c>. Values of a stock enum cannot be added from outside its assembly: that needs
    /// the scope compiled from YAML. Also returns the extended types that are input types (sorted).
    /// </summary>
    private static (EquatableArray<TypeExtension> Extensions, EquatableArray<string> InputTypes) StockExtensions(
        IEnumerable<TypeExtension> extensions,
        StockIndex? stock,
        Dictionary<string, (string FilePath, TypeDeclaration Type)> typeOwners,
        List<DiagnosticInfo> diagnostics)
    {
        var types = stock?.Types.ToDictionary(t => t.Name, StringComparer.Ordinal) ?? new Dictionary<string, StockType>();
        var supported = new List<TypeExtension>();
        foreach (var extension in extensions)
        {
            if (types[extension.TypeName].Kind == TypeKind.Enum)
            {
                var scope = Stock.StockIndexReader.ScopeOf(typeOwners[extension.TypeName].FilePath);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PrecompiledStockChanged, extension.Span, extension.TypeName, scope, "add values to this enum"));
                continue;
            }

            supported.Add(extension);
        }

        var merged = ExtensionMerger.Merge("the precompiled stock API", name => types[name].MemberNames, supported, diagnostics);
        var inputTypes = merged.Select(e => e.TypeName).Where(name => types[name].IsInput).Distinct().OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();
        return (merged, inputTypes);
    }

    /// <summary>
    /// The fast mode orders and filters by <c>ID</c> and reads each item's ID: the items must be a named object type
    /// with an <c>ID: int</c> field (its own, or added by a <c>partial: true</c> declaration). Reported at <c>paging:</c>.
    /// </summary>
    private static List<FastPagingModel> CheckFastPaging(
        IEnumerable<(SchemaDeclarations File, MethodDeclaration Method)> methods,
        Dictionary<string, (string FilePath, TypeDeclaration Type)> types,
        List<TypeExtension> extensions,
        List<DiagnosticInfo> diagnostics)
    {
        var result = new List<FastPagingModel>();
        foreach (var (file, method) in methods.Where(m => m.Method.Paging == PagingKind.Fast))
        {
            string? problem;
            if (method.PagingItemType is not { } itemType)
            {
                problem = "the fast mode needs the result to be a list of a named object type with an 'ID: int' field ('result: Item[]'); use 'paging: start'";
            }
            else if (!types.TryGetValue(itemType, out var owner))
            {
                // Unknown type: already reported (B24G0003) where it is used.
                continue;
            }
            else if (owner.Type.IsInput)
            {
                problem = $"the fast mode reads each item's ID, but '{itemType}' is an input type ('input: true'), whose fields are sent, not read; declare the items as a result type, or use 'paging: start'";
            }
            else if ((owner.Type.IdProperty ?? ExtensionIdProperty(itemType, owner, extensions)) is { } idProperty)
            {
                result.Add(new FastPagingModel(method.Name, idProperty));
                continue;
            }
            else
            {
                problem = owner.Type.Kind == TypeKind.Enum
                    ? $"the fast mode orders and filters the items by ID, but '{itemType}' is an enum; use 'paging: start'"
                    : $"the fast mode orders and filters the items by ID, but '{itemType}' has no field 'ID' of type int; add 'ID: int' to its fields, or use 'paging: start'";
            }

            diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.InvalidValue, new(file.FilePath, DeclarationPart.Paging), "paging", problem));
        }

        return result;
    }

    /// <summary>
    /// The <c>ID: int</c> that <c>partial: true</c> declarations add to a type without one, if it survives their merge
    /// (a clash drops it, as the owner's file will when emitting: <see cref="ExtensionMerger"/>).
    /// </summary>
    private static string? ExtensionIdProperty(string typeName, (string FilePath, TypeDeclaration Type) owner, List<TypeExtension> extensions) =>
        ExtensionMerger.Merge(owner.FilePath, _ => owner.Type.MemberNames, extensions.Where(e => e.TypeName == typeName), diagnostics: null)
            .Select(e => DeclarationCollector.IdProperty(e.Fields))
            .FirstOrDefault(p => p is not null);

    /// <summary>
    /// One file per method (names compare ignoring case, as on the portal). A user's file replaces a stock one
    /// (reported as information); any other duplicate is an error at the later file.
    /// </summary>
    private static Dictionary<string, (SchemaDeclarations File, MethodDeclaration Method)> OwnMethods(List<SchemaDeclarations> files, List<DiagnosticInfo> diagnostics)
    {
        var owners = new Dictionary<string, (SchemaDeclarations File, MethodDeclaration Method)>(StringComparer.OrdinalIgnoreCase);
        // The precompiled stock API first (it cannot be replaced), then the user's files (each list in path order), so a
        // user's method replaces a stock one compiled from YAML.
        foreach (var file in files.Where(f => f.IsPrecompiled).Concat(files.Where(f => !f.IsStock)).Concat(files.Where(f => f.IsStock && !f.IsPrecompiled)))
        {
            if (file.Method is not { } method)
            {
                continue;
            }

            if (!owners.TryGetValue(method.Name, out var owner))
            {
                owners[method.Name] = (file, method);
            }
            else if (owner.File.IsPrecompiled)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.PrecompiledStockChanged, new(file.FilePath, DeclarationPart.Method), method.Name, owner.Method.Scope, "replace this method"));
            }
            else if (file.IsStock && !owner.File.IsStock)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.ReplacedStockMethod, new(owner.File.FilePath, DeclarationPart.Method), method.Name, file.FilePath));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.DuplicateMethod, new(file.FilePath, DeclarationPart.Method), method.Name, owner.File.FilePath));
            }
        }

        return owners;
    }

    /// <summary>One definition per type; a second one (reported at the user's file when a stock one exists) is an error.</summary>
    private static Dictionary<string, (string FilePath, TypeDeclaration Type)> OwnTypes(List<SchemaDeclarations> files, List<DiagnosticInfo> diagnostics)
    {
        var owners = new Dictionary<string, (string FilePath, TypeDeclaration Type)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            for (var i = 0; i < file.Types.Count; i++)
            {
                var type = file.Types[i];
                if (type.IsPartial)
                {
                    continue;
                }

                if (owners.TryGetValue(type.Name, out var owner))
                {
                    var place = new DeclarationPlace(file.FilePath, DeclarationPart.Type, i);
                    diagnostics.Add(Stock.StockIndexReader.IsPrecompiledPath(owner.FilePath)
                        ? DiagnosticInfo.At(DiagnosticDescriptors.PrecompiledStockChanged, place, type.Name, Stock.StockIndexReader.ScopeOf(owner.FilePath), "redefine this type")
                        : DiagnosticInfo.At(DiagnosticDescriptors.DuplicateType, place, type.Name, owner.FilePath));
                }
                else
                {
                    owners[type.Name] = (file.FilePath, type);
                }
            }
        }

        return owners;
    }

    /// <summary>
    /// The <c>partial: true</c> declarations, checked to extend an existing type of the same kind. Their members are
    /// checked against the type's own by the file that owns it (<see cref="ExtensionMerger"/>).
    /// </summary>
    private static List<TypeExtension> CollectExtensions(List<SchemaDeclarations> files, Dictionary<string, (string FilePath, TypeDeclaration Type)> owners, List<DiagnosticInfo> diagnostics)
    {
        var extensions = new List<TypeExtension>();
        foreach (var file in files)
        {
            for (var i = 0; i < file.Types.Count; i++)
            {
                var type = file.Types[i];
                if (!type.IsPartial || type.Extension is null)
                {
                    continue;
                }

                var place = new DeclarationPlace(file.FilePath, DeclarationPart.Type, i);
                if (!owners.TryGetValue(type.Name, out var owner))
                {
                    diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.PartialWithoutType, place, type.Name));
                }
                else if (owner.Type.Kind != type.Kind)
                {
                    var what = owner.Type.Kind == TypeKind.Enum ? "an enum: extend it with 'enum:'" : "an object: extend it with 'fields:'";
                    diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.InvalidValue, place, "partial", $"'{type.Name}' is {what}"));
                }
                else
                {
                    extensions.Add(type.Extension);
                }
            }
        }

        return extensions;
    }
}
