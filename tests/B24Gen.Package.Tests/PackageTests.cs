using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Package.Tests;

/// <summary>What a user who has only the package gets: the precompiled stock API, their own YAML on top, located errors.</summary>
public sealed class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    // A method the stock API does not have (a portal's own REST extension, say), in the stock group crm.deal; CrmDeal is
    // the stock type of crm.deal.list: a user's method may use any stock type.
    private const string DealYaml = """
        method: crm.deal.find
        scope: crm
        summary: Find a deal by its ID.
        params:
          id: { type: int, required: true, description: Deal ID. }
        result: CrmDeal
        """;

    // Without the stock schema the user defines CrmDeal too, in a file that holds only types.
    private const string DealTypesYaml = """
        types:
          CrmDeal:
            fields:
              ID: int
              TITLE: string
              OPPORTUNITY: double
        """;

    private const string UfYaml = """
        # Our portal's own fields on calendars, typed.
        types:
          CalendarSection:
            partial: true
            fields:
              UF_CRM_PROJECT: { type: "int?", description: The CRM project of the calendar. }
        """;

    // A user's field on a stock deal, and a new method beside the stock crm.deal.list.
    private const string DealUfYaml = """
        types:
          CrmDeal:
            partial: true
            fields:
              UF_CRM_RATING: { type: "int?", description: Our rating of the deal. }
        """;

    private const string Program = """
        using B24Gen;
        using B24Gen.Api;
        using Contoso.Portal;

        var api = new B24Api(new B24Client(B24ClientOptions.FromWebhook(args[0])));
        var sections = await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        Console.WriteLine($"section {sections[0].Id} {sections[0].Name} project={sections[0].UfCrmProject}");
        var settings = await api.Calendar.User.Settings.GetAsync();
        Console.WriteLine($"settings {settings.TimezoneName} {settings.WorkTimeStart}");
        var deal = await api.Crm.Deal.FindAsync(new() { Id = 42 });
        Console.WriteLine($"deal {deal.Id} {deal.Title} {deal.Opportunity} rating={deal.UfCrmRating}");
        var count = 0;
        await foreach (var item in api.Crm.Deal.ListAllAsync())
        {
            count++;
        }

        Console.WriteLine($"deals {count} via {B24Methods.CrmDealList.Name} and {B24Methods.CrmDealFind.Name}");
        """;

    [Fact]
    public void The_package_has_the_generator_the_runtime_the_build_files_and_the_schema()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/B24Gen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("lib/net10.0/B24Gen.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/B24Gen.Runtime.xml", entries);
        Assert.Contains("lib/net10.0/B24Gen.Api.Calendar.dll", entries);
        Assert.Contains("lib/net10.0/B24Gen.Api.Calendar.xml", entries);
        Assert.Contains("lib/net10.0/B24Gen.Api.Crm.dll", entries);
        Assert.Contains("schema/stock-index.tsv", entries);
        Assert.Contains("build/B24Gen.props", entries);
        Assert.Contains("build/B24Gen.targets", entries);
        Assert.Contains("schema/b24gen.schema.json", entries);
        Assert.Contains("schema/calendar/calendar.section.get.yaml", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));

        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("B24Gen.Generator", text, StringComparison.Ordinal);
        Assert.DoesNotContain("B24Gen.Runtime", text, StringComparison.Ordinal);
        Assert.Contains("Polly.Core", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analyzer_folder_references_only_what_the_compiler_host_provides()
    {
        // What every .NET 10 SDK's compiler loads: netstandard, Roslyn up to 4.14 and the collections it ships with.
        var allowed = new Dictionary<string, Version>
        {
            ["netstandard"] = new(2, 0, 0, 0),
            ["Microsoft.CodeAnalysis"] = new(4, 14, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp"] = new(4, 14, 0, 0),
            ["System.Collections.Immutable"] = new(9, 0, 0, 0),
            ["System.Reflection.Metadata"] = new(9, 0, 0, 0),
        };
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var analyzers = zip.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        var shipped = analyzers.Select(e => Path.GetFileNameWithoutExtension(e.Name)).ToHashSet();

        Assert.Equal(["B24Gen.Generator", "YamlDotNet"], shipped.Order());
        foreach (var entry in analyzers)
        {
            using var stream = new MemoryStream();
            using (var source = entry.Open())
            {
                source.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            foreach (var reference in metadata.AssemblyReferences.Select(metadata.GetAssemblyReference))
            {
                var name = metadata.GetString(reference.Name);
                if (shipped.Contains(name))
                {
                    continue;
                }

                Assert.True(allowed.TryGetValue(name, out var max), $"{entry.Name} references {name} {reference.Version}, which the compiler does not provide.");
                Assert.True(reference.Version <= max, $"{entry.Name} references {name} {reference.Version}, newer than {max}.");
            }
        }
    }

    [Fact]
    public async Task A_new_project_with_only_the_package_gets_the_precompiled_api_its_own_methods_and_typed_uf_fields()
    {
        await using var emulator = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 3 });
        emulator.Methods.Register("crm.deal.find", context => MethodResult.Success(new JsonObject
        {
            ["ID"] = context.Parameters["id"]?.ToString(),
            ["TITLE"] = "Annual contract",
            ["OPPORTUNITY"] = "1500.50",
            ["UF_CRM_RATING"] = "5",
        }));
        var body = JsonNode.Parse(DocsFixtures.Get("calendar.section.get"))!;
        body["result"]![0]!["UF_CRM_PROJECT"] = "77";
        emulator.EnqueueFault(new FaultResponse(200, body.ToJsonString()) { ForMethod = "calendar.section.get" });

        var project = CreateConsumer("consumer", "<B24GenNamespace>Contoso.Portal</B24GenNamespace>", ("b24/crm.deal.find.yaml", DealYaml), ("b24/uf.yaml", UfYaml), ("b24/deal-uf.yaml", DealUfYaml));
        DotNet.Succeed(project, "build", "-warnaserror");
        var output = DotNet.Succeed(project, "run", "--no-build", "--", emulator.WebhookUrl);

        Assert.Contains("section 190 New Section project=77", output, StringComparison.Ordinal);
        Assert.Contains("settings Europe/Berlin 9", output, StringComparison.Ordinal);
        Assert.Contains("deal 42 Annual contract 1500.5 rating=5", output, StringComparison.Ordinal);
        Assert.Contains("deals 3 via crm.deal.list and crm.deal.find", output, StringComparison.Ordinal);
        Assert.Equal("{\"id\":42}", emulator.Requests.Single(r => r.RestMethod == "crm.deal.find").Body);

        // The build compiled only the user's YAML: the stock API came precompiled. EmitCompilerGeneratedFiles shows it.
        var generated = Directory.GetFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("B24Gen.Generator", StringComparison.Ordinal)).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["B24StockExtensions.g.cs", "crm.deal.find.g.cs"], generated);
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(project, "obj"), "B24StockExtensions.g.cs", SearchOption.AllDirectories).Single());
        Assert.Contains("// <auto-generated/>", text, StringComparison.Ordinal);
        Assert.Contains("extension(global::B24Gen.Api.CalendarSection target)", text, StringComparison.Ordinal);
        Assert.Contains("\"UF_CRM_PROJECT\"", text, StringComparison.Ordinal);
        Assert.Contains("extension(global::B24Gen.Api.CrmDeal target)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stock_scope_switched_to_source_mode_is_compiled_from_yaml_and_can_be_changed()
    {
        await using var emulator = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 2 });

        // Without source mode, redefining a stock method is an error that names the property to set.
        const string replacedList = """
            method: crm.deal.list
            scope: crm
            kind: read
            summary: Our own description of crm.deal.list.
            params:
              select: "string[]"
            result: CrmDeal[]
            """;
        var precompiled = CreateConsumer("replace-precompiled", string.Empty, ("b24/crm.deal.list.yaml", replacedList));
        var (exitCode, failure) = DotNet.Run(precompiled, "build");
        Assert.NotEqual(0, exitCode);
        Assert.Contains(Path.Combine("b24", "crm.deal.list.yaml") + "(1,9): error B24G0018", failure, StringComparison.Ordinal);
        Assert.Contains("<B24GenSourceScopes>crm</B24GenSourceScopes>", failure, StringComparison.Ordinal);

        // With it, crm is compiled from the package's YAML in this build, and the user's file replaces the stock one.
        var project = CreateConsumer("source-mode", "<B24GenSourceScopes>crm</B24GenSourceScopes>", ("b24/crm.deal.list.yaml", replacedList));
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using B24Gen;
            using B24Gen.Api;

            var api = new B24Api(new B24Client(B24ClientOptions.FromWebhook(args[0])));
            var deals = await api.Crm.Deal.ListAsync(new() { Select = ["ID", "TITLE"] });
            var sections = await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
            Console.WriteLine($"deals {deals.Count} sections {sections.Count} crm from {typeof(CrmDeal).Assembly.GetName().Name}, calendar from {typeof(CalendarSection).Assembly.GetName().Name}");
            """);
        DotNet.Succeed(project, "build", "-warnaserror");
        var generated = File.ReadAllText(Directory.GetFiles(Path.Combine(project, "obj"), "crm.deal.list.g.cs", SearchOption.AllDirectories).Single());
        Assert.Contains("Our own description of crm.deal.list.", generated, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(project, "obj"), "crm.deal.types.types.g.cs", SearchOption.AllDirectories));
        var output = DotNet.Succeed(project, "run", "--no-build", "--", emulator.WebhookUrl);

        Assert.Contains("deals 2 sections", output, StringComparison.Ordinal);
        Assert.Contains("crm from consumer, calendar from B24Gen.Api.Calendar", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "B24Gen.Api.Crm.dll")), "The precompiled crm assembly is left out in source mode.");
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "B24Gen.Api.Calendar.dll")));
        var deps = File.ReadAllText(Path.Combine(project, "bin", "Debug", "net10.0", "consumer.deps.json"));
        Assert.DoesNotContain("B24Gen.Api.Crm", deps, StringComparison.Ordinal);
        Assert.Contains("B24Gen.Api.Calendar", deps, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_with_only_the_hosting_and_testing_packages_calls_the_portal_through_AddB24_and_its_own_yaml()
    {
        // B24Gen comes with B24Gen.Hosting, build files and generator included: the user's YAML method is compiled too.
        var project = CreateConsumer("hosting-consumer", string.Empty, $"""
            <PackageReference Include="B24Gen.Hosting" Version="{package.Version}" />
                <PackageReference Include="B24Gen.Testing" Version="{package.Version}" />
            """, ("b24/crm.deal.find.yaml", DealYaml));
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Text.Json.Nodes;
            using B24Gen;
            using B24Gen.Api;
            using B24Gen.Testing;
            using Microsoft.Extensions.DependencyInjection;

            await using var portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 4 });
            portal.Methods.Register("crm.deal.find", c => MethodResult.Success(new JsonObject { ["ID"] = c.Parameters["id"]?.ToString(), ["TITLE"] = "Found" }));
            var services = new ServiceCollection();
            services.AddB24(options => options.WebhookUrl = portal.WebhookUrl);
            await using var provider = services.BuildServiceProvider();
            var api = provider.GetRequiredService<B24Api>();
            var deals = await api.Crm.Deal.ListAsync();
            var found = await api.Crm.Deal.FindAsync(new() { Id = 9 });
            Console.WriteLine($"deals {deals.Count} found {found.Id} {found.Title}");
            """);

        DotNet.Succeed(project, "build", "-warnaserror");
        var output = DotNet.Succeed(project, "run", "--no-build");

        Assert.Contains("deals 4 found 9 Found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_with_the_redis_package_shares_limits_and_tokens_and_calls_on_when_redis_is_down()
    {
        var project = CreateConsumer("redis-consumer", string.Empty, $"""
            <PackageReference Include="B24Gen.Redis" Version="{package.Version}" />
                <PackageReference Include="B24Gen.Testing" Version="{package.Version}" />
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using B24Gen;
            using B24Gen.Api;
            using B24Gen.Redis;
            using B24Gen.Testing;

            // Nothing listens on port 1: every Redis operation fails, and the calls go on with the client's own limits.
            await using var portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 3 });
            await using var redis = await B24Redis.ConnectAsync("127.0.0.1:1", new B24RedisOptions { AppName = "consumer", TokenEncryptionKey = new byte[32] });
            using var client = new B24Client(B24ClientOptions.FromAccessToken(portal.ClientEndpoint, portal.AccessToken) with
            {
                SharedLimits = redis.Limits,
                OAuth = new() { ClientId = portal.ClientId, ClientSecret = portal.ClientSecret, RefreshToken = portal.RefreshToken, TokenEndpoint = portal.OAuthEndpoint, TokenStore = redis.TokenStore },
            });
            portal.ExpireAccessToken();
            var deals = await new B24Api(client).Crm.Deal.ListAsync();
            Console.WriteLine($"deals {deals.Count} refreshes {portal.RefreshCount}");
            """);

        DotNet.Succeed(project, "build", "-warnaserror");
        var output = DotNet.Succeed(project, "run", "--no-build");

        Assert.Contains("deals 3 refreshes 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_console_project_with_only_the_aspnetcore_and_testing_packages_binds_and_receives_a_portals_event()
    {
        // The package brings the ASP.NET Core framework reference and B24Gen.Hosting: a plain console project serves.
        var project = CreateConsumer("aspnetcore-consumer", string.Empty, $"""
            <PackageReference Include="B24Gen.AspNetCore" Version="{package.Version}" />
                <PackageReference Include="B24Gen.Testing" Version="{package.Version}" />
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Net;
            using System.Text.Json;
            using System.Text.Json.Nodes;
            using B24Gen;
            using B24Gen.Serialization;
            using B24Gen.Testing;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Hosting.Server;
            using Microsoft.AspNetCore.Hosting.Server.Features;
            using Microsoft.Extensions.DependencyInjection;

            await using var portal = await PortalEmulator.StartAsync();
            var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var builder = WebApplication.CreateSlimBuilder(args);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            builder.Services.AddB24(o => (o.ClientEndpoint, o.AccessToken) = (portal.ClientEndpoint, portal.AccessToken));
            builder.Services.AddB24Events(o => o.ApplicationToken = portal.Options.ApplicationToken)
                .On<DealAdded>((e, _, _) => Task.FromResult(received.TrySetResult($"{e.Code} {e.Data.GetProperty("FIELDS").GetProperty("ID")}")))
                .BindOnStartup(services => new Uri(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/b24/events"));
            await using var app = builder.Build();
            app.MapB24Events("/b24/events");
            await app.StartAsync();
            await portal.Events.RaiseAsync("ONCRMDEALADD", new JsonObject { ["FIELDS"] = new JsonObject { ["ID"] = "5" } });
            Console.WriteLine($"received {await received.Task}");
            await app.StopAsync();

            sealed class DealAdded : B24Event<JsonElement>, IB24Event<DealAdded>
            {
                private DealAdded(B24EventEnvelope envelope, JsonElement data) : base(envelope, data) { }

                public static B24EventType<DealAdded> EventType { get; } =
                    B24EventType.Create<DealAdded, JsonElement>("ONCRMDEALADD", "crm", B24JsonType.Any, (e, d) => new(e, d));
            }
            """);

        DotNet.Succeed(project, "build", "-warnaserror");
        var output = DotNet.Succeed(project, "run", "--no-build");

        Assert.Contains("received ONCRMDEALADD 5", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_yaml_fails_the_build_with_an_error_at_its_line_and_column()
    {
        const string broken = "method: crm.lead.find\nparams:\n  id: { type: int, required: true }\nresult: CrmLeed\n";
        var project = CreateConsumer("broken", string.Empty, ("b24/crm.lead.find.yaml", broken));

        var (exitCode, output) = DotNet.Run(project, "build");

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n').Where(l => l.Contains("error B24G0003", StringComparison.Ordinal)).Distinct());
        Assert.Contains(Path.Combine("b24", "crm.lead.find.yaml") + "(4,9): error B24G0003: Unknown type 'CrmLeed'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_stock_schema_only_the_users_methods_are_generated()
    {
        const string program = """
            using B24Gen;
            using B24Gen.Api;

            var api = new B24Api(new B24Client(B24ClientOptions.FromWebhook("https://example.bitrix24.com/rest/1/abc/")));
            Console.WriteLine($"{api.Crm.Deal.GetType().Name} {AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name!.StartsWith("B24Gen.Api.", StringComparison.Ordinal))}");
            """;
        var project = CreateConsumer("no-stock", "<B24GenStockSchema>false</B24GenStockSchema>", ("b24/crm.deal.find.yaml", DealYaml), ("b24/crm.types.yaml", DealTypesYaml));
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);

        DotNet.Succeed(project, "build", "-warnaserror");
        var output = DotNet.Succeed(project, "run", "--no-build");

        Assert.Contains("CrmDealApi 0", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "B24Gen.Api.Calendar.dll")), "Without the stock schema no stock assembly is copied.");
    }

    [Fact]
    public async Task A_project_reference_consumer_loads_the_generator_and_yamldotnet()
    {
        await using var emulator = await PortalEmulator.StartAsync();
        var project = package.NewProjectFolder("project-reference");
        var repo = PackageFixture.RepoRoot;
        File.WriteAllText(Path.Combine(project, "consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <Import Project="{repo}/generator/build/B24Gen.props" />
              <ItemGroup>
                <ProjectReference Include="{repo}/generator/B24Gen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{repo}/runtime/B24Gen.Runtime.csproj" />
                <B24GenSchema Include="{repo}/schema/**/*.yaml" />
                <AdditionalFiles Include="other-tool.yaml" />
              </ItemGroup>
              <PropertyGroup>
                <B24GenStockSchema>false</B24GenStockSchema>
              </PropertyGroup>
              <Import Project="{repo}/generator/build/B24Gen.targets" />
            </Project>
            """);
        // YAML of another tool in AdditionalFiles: not a B24GenSchema item, so not the generator's business.
        File.WriteAllText(Path.Combine(project, "other-tool.yaml"), "steps:\n  - run: make\n");
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using B24Gen;
            using B24Gen.Api;

            var api = new B24Api(new B24Client(B24ClientOptions.FromWebhook(args[0])));
            var settings = await api.Calendar.User.Settings.GetAsync();
            Console.WriteLine($"view {settings.View}");
            """);

        DotNet.Succeed(project, "build");
        var output = DotNet.Succeed(project, "run", "--no-build", "--", emulator.WebhookUrl);

        Assert.Contains("view month", output, StringComparison.Ordinal);
    }

    private string CreateConsumer(string name, string properties, params (string Path, string Text)[] files) =>
        CreateConsumer(name, properties, $"""<PackageReference Include="B24Gen" Version="{package.Version}" />""", files);

    private string CreateConsumer(string name, string properties, string packageReferences, params (string Path, string Text)[] files)
    {
        var project = package.NewProjectFolder(name);
        File.WriteAllText(Path.Combine(project, "consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {packageReferences}
                <B24GenSchema Include="b24/**/*.yaml" />
                <AdditionalFiles Include="config/*.yml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
        // YAML of another tool in AdditionalFiles: not a B24GenSchema item, so not the generator's business.
        Directory.CreateDirectory(Path.Combine(project, "config"));
        File.WriteAllText(Path.Combine(project, "config", "other-tool.yml"), "jobs: [build, test]\n");
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(project, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return project;
    }
}
