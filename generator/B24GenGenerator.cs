using System;
using System.Linq;
using B24Gen.Generator.Emit;
using B24Gen.Generator.Model;
using B24Gen.Generator.Parsing;
using B24Gen.Generator.Resolution;
using B24Gen.Generator.Stock;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Generator;

/// <summary>
/// Schema YAML (AdditionalFiles) -> equatable models -> C#. Never reads the Compilation, so editing C# does no
/// work here; each YAML file is parsed and emitted on its own, so editing one re-emits only that one.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class B24GenGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Build properties: namespace and visibility of the generated code.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, ct) => OptionsReader.Read(provider, ct))
            .WithTrackingName(TrackingNames.Options);

        // 2. Each schema file, parsed on its own into a value-equatable model (with its diagnostics as data).
        //    Schema files are opted in: the package's targets turn B24GenSchema items into AdditionalFiles marked
        //    B24GenSchema=true, so another tool's YAML is none of our business. Its own files are also marked
        //    B24GenStock=true, so a user's file can replace a stock method.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsMarked(pair.Right.GetOptions(pair.Left), SchemaMetadata))
            .Select(static (pair, _) => new SchemaInput(pair.Left, IsMarked(pair.Right.GetOptions(pair.Left), StockMetadata)))
            .Select(static (input, ct) => SchemaParser.Parse(input.Text.Path, input.Text.GetText(ct), input.IsStock, ct))
            .WithTrackingName(TrackingNames.Parse);

        // 3. What the precompiled stock API contains: the index the package ships beside its assemblies (an
        //    AdditionalFile marked B24GenStockIndex=true), never the Compilation. Read only when the project has
        //    schema files: most builds have none, and then the index, whatever its size, costs nothing.
        var hasSchemaFiles = files
            .Collect()
            .Select(static (all, _) => !all.IsEmpty);
        var stock = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsMarked(pair.Right.GetOptions(pair.Left), StockIndexMetadata))
            .Select(static (pair, ct) => pair.Left.GetText(ct)?.ToString() ?? string.Empty)
            .Collect()
            .Combine(options)
            .Combine(hasSchemaFiles)
            .Select(static (pair, _) => pair.Left.Left.IsEmpty || !pair.Right ? StockIndex.Empty : StockIndexReader.Read(string.Join("\n", pair.Left.Left), pair.Left.Right))
            .WithTrackingName(TrackingNames.StockIndex);

        // 4. The cross-file index: known types, the owner of each method, the API tree, cross-file diagnostics.
        //    Declarations carry no positions, so an edit that only moves lines leaves the index cached; its
        //    diagnostics name a declaration and get their line and column from the current files when reported.
        var index = files
            .Select(static (file, _) => DeclarationCollector.Collect(file))
            .WithTrackingName(TrackingNames.Declarations)
            .Collect()
            .Combine(options)
            .Combine(stock)
            .Select(static (pair, _) => SchemaIndexBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Index);

        // 5. Per file: cut the index down to what the file needs, then emit. Equal units stay cached.
        var units = files
            .Combine(index)
            .Select(static (pair, _) => EmitUnitBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Resolve);
        var sources = units
            .Combine(options)
            .Select(static (pair, _) => EmitFile(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Emit);

        // 6. The API tree (the groups and how they attach to B24Api) depends only on which groups exist.
        var api = index
            .Select(static (index, _) => (index.Groups, index.ExternalGroups))
            .Combine(options)
            .Select(static (pair, _) => EmitApi(pair.Left.Groups, pair.Left.ExternalGroups, pair.Right))
            .WithTrackingName(TrackingNames.EmitApi);

        // 7. Fields that partial: true declarations add to the precompiled stock API's types, as extension properties.
        var stockExtensions = index
            .Select(static (index, _) => (index.StockExtensions, index.StockExtendedInputTypes, index.TypeNames, index.StockTypeNames))
            .Combine(options)
            .Select(static (pair, _) => EmitStockExtensions(pair.Left.StockExtensions, pair.Left.StockExtendedInputTypes, pair.Left.TypeNames, pair.Left.StockTypeNames, pair.Right))
            .WithTrackingName(TrackingNames.EmitStockExtensions);

        context.RegisterSourceOutput(sources, static (spc, source) => AddSource(spc, source));
        context.RegisterSourceOutput(api, static (spc, source) => AddSource(spc, source));
        context.RegisterSourceOutput(stockExtensions, static (spc, source) => AddSource(spc, source));

        // The generated code needs C# 14 (extension members, the field keyword): an older LangVersion gets one
        // diagnostic that says so, rather than a C# error in every generated file.
        var languageVersion = context.ParseOptionsProvider
            .Select(static (parse, _) => (int)((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)parse).LanguageVersion);
        var languageDiagnostics = files
            .Select(static (file, _) => file.FilePath)
            .Collect()
            .Combine(languageVersion)
            .Select(static (pair, _) => LanguageDiagnostics(pair.Left, pair.Right));
        context.RegisterSourceOutput(languageDiagnostics, ReportAll);

        // Diagnostics: per file, cross-file (located in the current files), clashes of partial members (found by
        // the file that owns the type), and for the build properties.
        context.RegisterSourceOutput(files.Select(static (file, _) => file.Diagnostics), ReportAll);
        var indexDiagnostics = index
            .Select(static (index, _) => index.Diagnostics)
            .Combine(files.Collect())
            .Select(static (pair, _) => DiagnosticLocator.Locate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.LocateDiagnostics);
        context.RegisterSourceOutput(indexDiagnostics, ReportAll);
        context.RegisterSourceOutput(units.Select(static (unit, _) => unit.Diagnostics), ReportAll);
        context.RegisterSourceOutput(options.Select(static (options, _) => options.Diagnostics), ReportAll);
    }

    /// <summary>The metadata the package's targets put on every schema file (a <c>B24GenSchema</c> item).</summary>
    internal const string SchemaMetadata = "build_metadata.AdditionalFiles.B24GenSchema";

    /// <summary>The metadata the package's targets put on the stock index.</summary>
    internal const string StockIndexMetadata = "build_metadata.AdditionalFiles.B24GenStockIndex";

    /// <summary>Roslyn's number for C# 14.</summary>
    private const int CSharp14 = 1400;

    private static EquatableArray<DiagnosticInfo> LanguageDiagnostics(System.Collections.Immutable.ImmutableArray<string> paths, int languageVersion)
    {
        if (paths.IsEmpty || languageVersion >= CSharp14)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var first = paths.OrderBy(p => p, StringComparer.Ordinal).First();
        var version = (languageVersion / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + (languageVersion % 100 == 0 ? string.Empty : "." + (languageVersion % 100 / 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new[] { DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.LanguageVersionTooOld, SourceSpan.StartOf(first), version) }.ToEquatableArray();
    }

    /// <summary>The metadata the package's targets put on the schema files it ships.</summary>
    internal const string StockMetadata = "build_metadata.AdditionalFiles.B24GenStock";

    private static bool IsMarked(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static GeneratedSource? EmitFile(EmitUnit unit, GeneratorOptions options)
    {
        try
        {
            return TryEmitFile(unit, options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug here must not take the build down: report it at the file and emit nothing for it.
            var span = SourceSpan.StartOf(unit.File.FilePath);
            return new GeneratedSource(unit.HintName, string.Empty, DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.InternalError, span, e.GetType().Name + ": " + e.Message));
        }
    }

    private static GeneratedSource? TryEmitFile(EmitUnit unit, GeneratorOptions options)
    {
        var file = unit.File;
        var context = new EmitContext(options, unit.ResolvedTypeNames, unit.ExternalGroups, unit.StockTypeNames);
        var owned = file.Types
            .Where(t => unit.OwnedTypeNames.Contains(t.Name))
            .Select(t => WithExtensions(t, unit.Extensions))
            .ToEquatableArray();
        var method = unit.PagedList is { } list ? file.Method! with { PagedList = list } : file.Method;
        var includeMethod = unit.OwnsMethod && method is not null
            && context.IsResolved(method.Result)
            && method.Parameters.All(p => context.IsResolved(p.Type));
        // An event needs its data type, which this file owns unless the event is a duplicate (then it is not generated).
        var includeEvent = unit.OwnsEvent && file.Event is { } @event && unit.OwnedTypeNames.Contains(@event.DataTypeName);
        if (owned.IsEmpty && !includeMethod && !includeEvent)
        {
            return null;
        }

        var text = SourceFileEmitter.SchemaFile(file with { Types = owned, Method = method, Event = includeEvent ? file.Event : null }, context, includeMethod, unit.FastPagingIdProperty);
        return new GeneratedSource(unit.HintName, text);
    }

    /// <summary>A type with the fields and values that <c>partial: true</c> declarations in other files add.</summary>
    private static TypeModel WithExtensions(TypeModel type, EquatableArray<TypeExtension> extensions)
    {
        var mine = extensions.Where(e => e.TypeName == type.Name).ToList();
        return mine.Count == 0 ? type : type with
        {
            Fields = type.Fields.Concat(mine.SelectMany(e => e.Fields)).ToEquatableArray(),
            EnumMembers = type.EnumMembers.Concat(mine.SelectMany(e => e.EnumMembers)).ToEquatableArray(),
        };
    }

    private static GeneratedSource? EmitStockExtensions(EquatableArray<TypeExtension> extensions, EquatableArray<string> inputTypes, EquatableArray<string> typeNames, EquatableArray<string> stockTypes, GeneratorOptions options)
    {
        if (extensions.IsEmpty)
        {
            return null;
        }

        try
        {
            return new GeneratedSource(StockExtensionEmitter.HintName, SourceFileEmitter.StockExtensions(extensions, inputTypes, new EmitContext(options, typeNames, stockTypes: stockTypes)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new GeneratedSource(StockExtensionEmitter.HintName, string.Empty, DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.InternalError, null, e.GetType().Name + ": " + e.Message));
        }
    }

    private static GeneratedSource? EmitApi(EquatableArray<ApiGroupModel> groups, EquatableArray<string> externalGroups, GeneratorOptions options)
    {
        // Nothing to emit when every group is the precompiled stock API's (a user's methods in stock groups only).
        if (groups.All(g => externalGroups.Contains(string.Join(".", g.Path))))
        {
            return null;
        }

        try
        {
            return new GeneratedSource("B24Api.g.cs", SourceFileEmitter.Api(groups, new EmitContext(options, [], externalGroups)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new GeneratedSource("B24Api.g.cs", string.Empty, DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.InternalError, null, e.GetType().Name + ": " + e.Message));
        }
    }

    private static void AddSource(SourceProductionContext context, GeneratedSource? source)
    {
        if (source?.Failure is { } failure)
        {
            context.ReportDiagnostic(failure.ToDiagnostic());
        }
        else if (source is not null)
        {
            try
            {
                context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
            }
            catch (ArgumentException)
            {
                // The same file listed twice in AdditionalFiles (it happens in real builds) makes the same output
                // twice; the first is kept, rather than failing the whole generator run.
            }
        }
    }

    private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
