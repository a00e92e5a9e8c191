using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests.Golden;

/// <summary>
/// The golden-file matrix: every kind of app the generator accepts, every customization property, the needs moves and
/// the command-line header. A change to the output shows up as a diff of Golden/&lt;name&gt;/ in the commit.
/// </summary>
public static class GoldenScenarios
{
    private static readonly (string, string, string)[] Skia = [(NativePackages.SkiaId, NativePackages.SkiaVersion, "libSkiaSharp.so")];
    private static readonly (string, string, string)[] Sqlite = [(NativePackages.SqliteId, NativePackages.SqliteVersion, "libe_sqlite3.so")];

    public static IReadOnlyList<GoldenScenario> All { get; } =
    [
        // --- App kinds ---------------------------------------------------------------------------------------
        Api("web-fdd", "ASP.NET Core API, framework-dependent, cultures on"),
        Api("web-invariant", "ASP.NET Core API with InvariantGlobalization", f => f with { InvariantGlobalization = "true" }),
        Api("web-net8", ".NET 8 web API", tfm: "net8.0"),
        Api("web-net9", ".NET 9 web API", tfm: "net9.0"),
        Api("web-ready-to-run", "ReadyToRun web API", f => f with { PublishReadyToRun = "true" }),
        Api("web-ready-to-run-composite", "composite ReadyToRun: one layer", f => (f with { PublishReadyToRun = "true" })
            .WithProperty(KnownStrings.ProjectProperties.PublishReadyToRunComposite, "true")),
        Api("web-arm64", "RuntimeIdentifier linux-arm64", f => f with { RuntimeIdentifier = "linux-arm64" }),
        Api("web-musl", "linux-musl-x64 web API: Alpine", f => f with { RuntimeIdentifier = "linux-musl-x64" }),
        App("console", "console app", "src/Tool/Tool.csproj", "Tool", f => f),
        App("console-musl-net8", ".NET 8 console on Alpine: runtime:8.0-alpine-extra", "src/Tool/Tool.csproj", "Tool",
            f => f with { RuntimeIdentifier = "linux-musl-x64" }, tfm: "net8.0"),
        App("self-contained-musl-net8", ".NET 8 self-contained on Alpine: ICU installed (runtime-deps has no multi-platform 8.0-alpine-extra)",
            "src/Tool/Tool.csproj", "Tool", f => f with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, tfm: "net8.0"),
        Api("web-net8-linux-arm", ".NET 8 on 32-bit Arm: jammy, since noble has no arm32 images for .NET 8", f => f with { RuntimeIdentifier = "linux-arm" }, tfm: "net8.0"),
        App("worker", "worker service (Microsoft.NET.Sdk.Worker)", "src/Worker/Worker.csproj", "Worker", f => f),
        App("self-contained-trimmed", "PublishTrimmed (implies self-contained)", "src/Tool/Tool.csproj", "Tool",
            f => f with { PublishTrimmed = "true" }),
        App("single-file", "PublishSingleFile (implies self-contained), invariant", "src/Tool/Tool.csproj", "Tool",
            f => f with { PublishSingleFile = "true", InvariantGlobalization = "true" }),
        App("single-file-framework-dependent", "PublishSingleFile with SelfContained=false: the bundle is the entry point, there is no Tool.dll",
            "src/Tool/Tool.csproj", "Tool", f => f with { PublishSingleFile = "true", SelfContained = "false" }),
        Api("aot-net10", "Native AOT web API, invariant", f => f with { PublishAot = "true", InvariantGlobalization = "true" }),
        Api("aot-net8", ".NET 8 Native AOT: toolchain installed in the build stage", f => f with { PublishAot = "true" }, tfm: "net8.0"),
        Api("aot-musl", "Native AOT on Alpine", f => f with { PublishAot = "true", RuntimeIdentifier = "linux-musl-x64", InvariantGlobalization = "true" }),
        new("multi-project", "an app, two libraries (one transitive), Directory.* chain, central packages, local feed, global.json, lock file", MultiProject),
        new("solution-shared-dockerignore", "one app of a solution publish (solution properties, --no-build): a .dockerignore shared by every app, a feed under bin/ re-included", SolutionApp),
        new("context-explanation", "a project reference in a sibling folder and settings above: the header says why the context is wider", ContextExplanation),
        new("sdk-from-global-json", "a net8.0 app in a repository whose global.json requires a 10.0 SDK: sdk:10.0, the reason above FROM", repo =>
        {
            repo.Write("global.json", """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""");
            return GoldenRepository.Request(Facts.Web("net8.0", repo.Write("src/Api/Api.csproj")) with { AssemblyName = "Api" });
        }),
        new("sdk-pinned-feature-band", "global.json pins 10.0.100 with the default rollForward (latestPatch): warning SDB1040 names the fixed-version tag", repo =>
        {
            repo.Write("global.json", """{ "sdk": { "version": "10.0.100" } }""");
            return GoldenRepository.Request(Facts.Web(projectPath: repo.Write("src/Api/Api.csproj")) with { AssemblyName = "Api" });
        }),
        new("multi-targeting-net8", "TargetFrameworks net8.0;net10.0 published with -f net8.0: the SDK of the newest framework, -f on publish", repo =>
        {
            var facts = Facts.Console("net8.0", repo.Write("src/Tool/Tool.csproj")) with
            {
                AssemblyName = "Tool",
                TargetFrameworks = "net8.0;net10.0",
                GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["TargetFramework"] = "net8.0" },
            };
            return GoldenRepository.Request(facts);
        }),
        Spa("spa-npm", "ASP.NET Core app whose publish runs npm (SpaRoot + PublishRunWebpack): Node.js stage, npm ci in the restore layer",
            ("ClientApp/package.json", """{ "name": "client", "engines": { "node": ">=20" }, "scripts": { "build": "node build.js" } }"""),
            ("ClientApp/package-lock.json", "{}")),
        Spa("spa-nvmrc-cache-mounts", ".nvmrc asks for lts/jod; cache mounts: npm ci with npm's cache mounted",
            ("ClientApp/package.json", """{ "name": "client" }"""),
            ("ClientApp/package-lock.json", "{}"),
            (".nvmrc", "lts/jod\n")) with { Options = new() { CacheMounts = "true" } },
        Spa("spa-yarn", "the front end uses yarn: warning SDB1075 (node and npm only), no install layer",
            ("ClientApp/package.json", """{ "name": "client" }"""),
            ("ClientApp/yarn.lock", "")) with { Command = "yarn build" },
        Site("blazor-wasm", "standalone Blazor WebAssembly: published in the SDK image, served by nginx-unprivileged"),
        Site("blazor-wasm-net8", ".NET 8 Blazor WebAssembly: nothing fingerprinted, every file revalidated", tfm: "net8.0"),
        Site("blazor-wasm-settings", "Blazor WebAssembly with ContainerBaseImage, ContainerPort, ContainerUser, a label, SlimDockerfileOutputPath and settings that do not apply",
            f => f with
            {
                ContainerBaseImage = "registry.example.com/web/nginx-brotli:1.27",
                ContainerPorts = [Item("8081")],
                ContainerUser = "101:101",
                ContainerLabels = [Item("org.opencontainers.image.title", ("Value", "Site"))],
                ContainerFamily = "noble-chiseled",
                ContainerAppCommandArgs = ["--ignored"],
            },
            new() { DockerfilePath = "../../docker/site.Dockerfile", ContextDirectory = "../.." }),

        // --- Customization properties ------------------------------------------------------------------------
        Api("output-path", "SlimDockerfileOutputPath", options: new() { DockerfilePath = "../../docker/api.Dockerfile" }),
        Api("context", "SlimDockerfileContext wider than needed", options: new() { ContextDirectory = "../.." }),
        Api("configuration", "SlimDockerfileConfiguration=Debug", options: new() { Configuration = "Debug" }),
        Api("sdk-image", "SlimDockerfileSdkImage", options: new() { SdkImage = "registry.example.com/build/sdk:10.0" }),
        Api("registry-mirror", "SlimDockerfileRegistryMirror", options: new() { RegistryMirror = "mirror.example.com/mcr" }),
        Api("digests", "SlimDockerfileBaseImageDigest and SlimDockerfileSdkImageDigest", options: new()
        {
            BaseImageDigest = "sha256:" + new string('a', 64),
            SdkImageDigest = "sha256:" + new string('b', 64),
        }),
        Api("os-packages", "SlimDockerfileOsPackages on a chiseled default: moves to the full image", options: new() { OsPackages = "curl;libfontconfig1" }),
        Api("os-packages-musl", "SlimDockerfileOsPackages on Alpine: apk", f => f with { RuntimeIdentifier = "linux-musl-x64" }, options: new() { OsPackages = "curl" }),
        Api("build-args", "SlimDockerfileBuildArg items", options: new()
        {
            BuildArgs = [Item("APP_CHANNEL", ("Value", "stable")), Item("BUILD_NUMBER"), Item("QUOTED", ("Value", "a \"b\" $c"))],
        }),
        Api("compose", "SlimDockerfileCompose: compose.yaml at the context root, a health check on the full image's bash", f => f with
        {
            ContainerEnvironmentVariables = [Item("TZ", ("Value", "Europe/Paris"))],
            ContainerFamily = "noble",
        }, options: new() { Compose = "true" }),
        Api("compose-distroless", "SlimDockerfileCompose on a chiseled image: no health check", options: new() { Compose = "true" }),
        Api("cache-mounts", "SlimDockerfileCacheMounts", options: new() { CacheMounts = "true" }),
        Api("symbols-none", "SlimDockerfileSymbols=none: no .pdb in the final image either", options: new() { Symbols = "none" }),
        Api("symbols-all", "SlimDockerfileSymbols=all: every symbol file stays", options: new() { Symbols = "all" }),
        Api("aot-symbols-all", "Native AOT with SlimDockerfileSymbols=true: the .dbg stays", f => f with { PublishAot = "true", InvariantGlobalization = "true" },
            options: new() { Symbols = "true" }),
        Api("copy-link-false", "SlimDockerfileCopyLink=false", options: new() { CopyLink = "false" }),
        Api("nuget-config-secret", "SlimDockerfileNuGetConfigSecret=true", options: new() { NuGetConfigSecret = "true" }),
        Api("nuget-config-secret-cache-mounts", "a named secret with cache mounts", options: new() { NuGetConfigSecret = "feeds", CacheMounts = "true" }),
        Api("container-repository", "ContainerRepository", f => f with { ContainerRepository = "contoso/orders-api" }),
        Api("tags-registry", "ContainerRegistry, ContainerRepository and ContainerImageTags: one -t each, pushed", f => (f with { ContainerRepository = "contoso/orders-api" })
            .WithProperty(KnownStrings.ContainerProperties.ContainerRegistry, "registry.example.com")
            .WithProperty(KnownStrings.ContainerProperties.ContainerImageTags, "1.4.2;latest")),
        Api("container-image-name", "the obsolete ContainerImageName: warning SDB1051, and it names the image", f => f
            .WithProperty(KnownStrings.ContainerProperties.ContainerImageName, "orders-api")),
        Api("multi-rid", "ContainerRuntimeIdentifiers: one image for linux/amd64 and linux/arm64 with buildx", f => f
            .WithProperty(KnownStrings.ContainerProperties.ContainerRuntimeIdentifiers, "linux-x64;linux-arm64")),
        Api("container-runtime-identifier", "ContainerRuntimeIdentifier linux-arm64", f => f with { ContainerRuntimeIdentifier = "linux-arm64" }),
        Api("base-image-other-registry", "ContainerBaseImage from another registry", f => f with { ContainerBaseImage = "registry.example.com/base/aspnet:10.0" }),
        Api("base-image-microsoft-chiseled", "ContainerBaseImage naming a chiseled Microsoft image", f => f with { ContainerBaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled" }),
        Api("family-alpine", "ContainerFamily=alpine", f => f with { ContainerFamily = "alpine" }),
        Api("family-noble", "ContainerFamily=noble: a full image", f => f with { ContainerFamily = "noble" }),
        Api("family-noble-chiseled", "ContainerFamily=noble-chiseled gets -extra like the SDK", f => f with { ContainerFamily = "noble-chiseled" }),
        Api("family-jammy-chiseled-net8", "ContainerFamily=jammy-chiseled on .NET 8", f => f with { ContainerFamily = "jammy-chiseled" }, tfm: "net8.0"),
        Api("family-bookworm-slim-net8", "ContainerFamily=bookworm-slim on .NET 8", f => f with { ContainerFamily = "bookworm-slim" }, tfm: "net8.0"),
        Api("family-azurelinux-distroless", "ContainerFamily=azurelinux3.0-distroless, invariant",
            f => f with { ContainerFamily = "azurelinux3.0-distroless", InvariantGlobalization = "true" }),
        Api("family-composite", "ContainerFamily=noble-chiseled-composite-extra", f => f with { ContainerFamily = "noble-chiseled-composite-extra" }),
        Api("family-resolute-chiseled", "ContainerFamily=resolute-chiseled (Ubuntu 26.04)", f => f with { ContainerFamily = "resolute-chiseled" }),
        Api("family-unknown", "a ContainerFamily the table does not know: used as named, warning SDB1050", f => f with { ContainerFamily = "questing-chiseled" }),
        Api("working-directory", "ContainerWorkingDirectory", f => f with { ContainerWorkingDirectory = "/srv/api" }),
        Api("container-user", "ContainerUser", f => f with { ContainerUser = "1654:1654" }),
        Api("container-user-full-image", "ContainerUser on a full image", f => f with { ContainerUser = "app", ContainerFamily = "noble" }),
        Api("ports", "ContainerPort items, tcp and udp", f => f with { ContainerPorts = [Item("8080"), Item("5353", ("Type", "udp"))] }),
        Api("environment", "ContainerEnvironmentVariable items, ports inferred from ASPNETCORE_HTTP_PORTS", f => f with
        {
            ContainerEnvironmentVariables = [Item("TZ", ("Value", "Europe/Paris")), Item("ASPNETCORE_HTTP_PORTS", ("Value", "5000"))],
        }),
        Api("ports-aspnetcore-urls", "ports inferred from ASPNETCORE_URLS, which replaces the image's 8080", f => f with
        {
            ContainerEnvironmentVariables = [Item("ASPNETCORE_URLS", ("Value", "http://+:5000;https://+:5001"))],
        }),
        Api("labels", "ContainerLabel items", f => f with
        {
            ContainerLabels = [Item("org.opencontainers.image.title", ("Value", "Orders API")), Item("com.example.team", ("Value", "payments"))],
        }),
        Api("labels-sdk-defaults", "every default label: values with the SDK's fallbacks, source and revision, a ContainerLabel replacing a default", f => f
            .WithProperty("Title", "Orders API")
            .WithProperty("Description", """
                Takes orders.
                Ships them.
                """)
            .WithProperty("PackageVersion", "2.1.0-beta.3")
            .WithProperty("ContainerAuthors", "Contoso Orders Team")
            .WithProperty("Company", "Contoso (not a label: ContainerVendor has no fallback)")
            .WithProperty("PackageLicenseExpression", "MIT")
            .WithProperty("PackageProjectUrl", "https://orders.example.com")
            .WithProperty("ContainerDocumentationUrl", "https://orders.example.com/docs")
            .WithProperty("PublishRepositoryUrl", "true")
            .WithProperty("PrivateRepositoryUrl", "https://user:token@git.example.com/contoso/orders.git")
            .WithProperty("RepositoryType", "git")
            .WithItems(KnownStrings.Items.ContainerLabel, [Item("org.opencontainers.image.vendor", ("Value", "Contoso"))])),
        Api("labels-off", "ContainerGenerateLabels=false: only the ContainerLabel items", f => f
            .WithProperty("ContainerGenerateLabels", "false")
            .WithItems(KnownStrings.Items.ContainerLabel, [Item("com.example.team", ("Value", "payments"))])),
        Api("labels-some-off", "ContainerGenerateLabels sub-switches: no created, no toolset, no base digest", f => f
            .WithProperty("ContainerGenerateLabelsImageCreated", "false")
            .WithProperty("ContainerGenerateLabelsDotnetToolset", "False")
            .WithProperty("ContainerGenerateLabelsImageBaseDigest", "false")),
        App("app-command-args", "ContainerAppCommandArgs and ContainerDefaultArgs", "src/Tool/Tool.csproj", "Tool", f => f with
        {
            ContainerAppCommandArgs = ["--mode", "batch"],
            ContainerDefaultArgs = ["--verbose"],
        }),
        App("app-command-entrypoint", "ContainerAppCommandInstruction=Entrypoint with a ContainerAppCommand of its own", "src/Tool/Tool.csproj", "Tool", f => f
            .WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, "Entrypoint")
            .WithItems(KnownStrings.Items.ContainerAppCommand, [Item("dotnet"), Item("/app/Tool.dll"), Item("serve")])
            .WithItems(KnownStrings.Items.ContainerDefaultArgs, [Item("--port"), Item("8080")])),
        App("app-command-default-args", "ContainerAppCommandInstruction=DefaultArgs: the app's command is the CMD", "src/Tool/Tool.csproj", "Tool", f => f
            .WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, "DefaultArgs")
            .WithItems(KnownStrings.Items.ContainerAppCommandArgs, [Item("--mode"), Item("batch")])
            .WithItems(KnownStrings.Items.ContainerDefaultArgs, [Item("--verbose")])),
        App("app-command-none", "ContainerAppCommandInstruction=None with the older ContainerEntrypoint items", "src/Tool/Tool.csproj", "Tool", f => f
            .WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, "None")
            .WithItems(KnownStrings.Items.ContainerEntrypoint, [Item("dotnet")])
            .WithItems(KnownStrings.Items.ContainerEntrypointArgs, [Item("/app/Tool.dll")])
            .WithItems(KnownStrings.Items.ContainerDefaultArgs, [Item("--verbose")])),
        Api("command-line", "properties given on the command line: forwarded, shaping, the package's own switches", f => f with
        {
            GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Configuration"] = "Debug",
                ["InvariantGlobalization"] = "true",
                ["VersionSuffix"] = "beta;1",
                ["RuntimeIdentifier"] = "linux-x64",
                ["SlimDockerfileOverwrite"] = "true",
                ["SlimDockerfileCheck"] = "false",
                ["SlimDockerfileCopyLink"] = "false",
                ["_IsPublishing"] = "true",
            },
            InvariantGlobalization = "true",
            RuntimeIdentifier = "linux-x64",
        }, options: new() { CopyLink = "false" }),

        // --- Needs ---------------------------------------------------------------------------------------------
        Needs("needs-skiasharp", "SkiaSharp needs libfontconfig: full image with apt-get", Skia),
        Needs("needs-sqlite", "e_sqlite3 needs nothing beyond chiseled", Sqlite, f => f with { InvariantGlobalization = "true" }),
        Needs("needs-sqlclient", "Microsoft.Data.SqlClient: Kerberos is the app's call, the image stays slim (SDB4005)", [], managed: "Microsoft.Data.SqlClient"),
        new("needs-sqlclient-kerberos", "Microsoft.Data.SqlClient with SlimDockerfileOsFeatures=kerberos: full image with libgssapi-krb5-2", repo =>
        {
            var project = repo.Write("src/Api/Api.csproj");
            Directory.CreateDirectory(repo["src/Api/obj"]);
            return GoldenRepository.Request(
                Facts.Web(projectPath: project) with { AssemblyName = "Api", ProjectAssetsFile = NativePackages.AssetsFile(repo["src/Api/obj"], [], "Microsoft.Data.SqlClient") },
                new GenerationOptions { OsFeatures = "kerberos" });
        }),
        Needs("needs-sqlclient-invariant", "Microsoft.Data.SqlClient with InvariantGlobalization", [], f => f with { InvariantGlobalization = "true" }, "Microsoft.Data.SqlClient"),
        Needs("needs-family-kept", "ContainerFamily=noble-chiseled is kept; the missing library is a warning", Skia, f => f with { ContainerFamily = "noble-chiseled" }),
        Needs("needs-musl", "SkiaSharp on Alpine: no Debian package applies", Skia, f => f with { RuntimeIdentifier = "linux-musl-x64" }),
    ];

    private static GoldenScenario Api(
        string name, string description, Func<ProjectFacts, ProjectFacts>? customize = null, string tfm = "net10.0", GenerationOptions? options = null) =>
        new(name, description, repo =>
        {
            repo.Write("Directory.Build.props");
            var project = repo.Write("src/Api/Api.csproj");
            var facts = Facts.Web(tfm, project) with { AssemblyName = "Api" };
            return GoldenRepository.Request((customize ?? (f => f))(facts), options);
        });

    /// <summary>The SPA template's publish target, reached from Publish the way the SDK's targets reach ComputeFilesToPublish.</summary>
    private static ProjectTarget[] SpaTargets(string command) =>
    [
        new("Publish", ["_PublishBuildAlternative"], [], [], []),
        new("_PublishBuildAlternative", ["ComputeAndCopyFilesToPublishDirectory"], [], [], []),
        new("ComputeAndCopyFilesToPublishDirectory", ["ComputeResolvedFilesToPublishList"], [], [], []),
        new("ComputeResolvedFilesToPublishList", ["ComputeFilesToPublish"], [], [], []),
        new("ComputeFilesToPublish", [], [], [], []),
        new("PublishRunWebpack", [], [], ["ComputeFilesToPublish"], [new(command.Split(' ')[0] + " install", "ClientApp/"), new(command, "ClientApp/")]),
        new("NpmTest", [], [], [], [new("npm test", "ClientApp/")]),
    ];

    private sealed record SpaScenario(string Name, string Description, (string Path, string Content)[] Files)
    {
        public string Command { get; init; } = "npm run build";

        public GenerationOptions? Options { get; init; }

        public static implicit operator GoldenScenario(SpaScenario spa) => new(spa.Name, spa.Description, repo =>
        {
            repo.Write("Directory.Build.props");
            var project = repo.Write("src/Web/Web.csproj");
            foreach (var (path, content) in spa.Files)
            {
                repo.Write(path.StartsWith('.') ? path : "src/Web/" + path, content);
            }

            var facts = (Facts.Web(projectPath: project) with { AssemblyName = "Web", Targets = SpaTargets(spa.Command) })
                .WithProperty(KnownStrings.ProjectProperties.SpaRoot, "ClientApp/");
            return GoldenRepository.Request(facts, spa.Options);
        });
    }

    private static SpaScenario Spa(string name, string description, params (string Path, string Content)[] files) => new(name, description, files);

    private static GoldenScenario Site(
        string name, string description, Func<ProjectFacts, ProjectFacts>? customize = null, GenerationOptions? options = null, string tfm = "net10.0") =>
        new(name, description, repo =>
        {
            var project = repo.Write("src/Site/Site.csproj");
            return GoldenRepository.Request((customize ?? (f => f))(Facts.BlazorWebAssembly(tfm, project)), options);
        });

    private static GoldenScenario App(
        string name, string description, string path, string assemblyName, Func<ProjectFacts, ProjectFacts> customize, string tfm = "net10.0") =>
        new(name, description, repo =>
        {
            var project = repo.Write(path);
            return GoldenRepository.Request(customize(Facts.Console(tfm, project) with { AssemblyName = assemblyName }));
        });

    private static GoldenScenario Needs(
        string name, string description, (string, string, string)[] natives, Func<ProjectFacts, ProjectFacts>? customize = null, params string[] managed) =>
        new(name, description, repo =>
        {
            var project = repo.Write("src/Api/Api.csproj");
            Directory.CreateDirectory(repo["src/Api/obj"]);
            var facts = Facts.Web(projectPath: project) with
            {
                AssemblyName = "Api",
                ProjectAssetsFile = NativePackages.AssetsFile(repo["src/Api/obj"], natives, managed),
            };
            return GoldenRepository.Request((customize ?? (f => f))(facts));
        });

    private static Generation.GenerationRequest MultiProject(GoldenRepository repo)
    {
        repo.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup><Nullable>enable</Nullable></PropertyGroup>
            </Project>
            """);
        repo.Write("Directory.Packages.props");
        repo.Write("global.json", """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""");
        repo.Write("nuget.config", """
            <configuration>
              <packageSources>
                <add key="local" value="build/packages" />
              </packageSources>
            </configuration>
            """);
        repo.Write("build/packages/Contoso.Shared.1.0.0.nupkg", "not a real package");
        repo.Write("src/Directory.Build.props", """
            <Project>
              <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
            </Project>
            """);
        var app = repo.Write("src/Orders.Api/Orders.Api.csproj");
        repo.Write("src/Orders.Api/packages.lock.json", "{}");
        var domain = repo.Write("src/Orders.Domain/Orders.Domain.csproj");
        var data = repo.Write("src/Orders.Data/Orders.Data.csproj");
        repo.Write("tests/Orders.Tests/Orders.Tests.csproj");
        return GoldenRepository.Request(Facts.Web(projectPath: app) with
        {
            AssemblyName = "Orders.Api",
            ProjectReferences = [data, domain],
        });
    }

    private static Generation.GenerationRequest SolutionApp(GoldenRepository repo)
    {
        repo.Write("All.slnx", "<Solution />");
        repo.Write("Directory.Build.props");
        repo.Write("global.json", """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""");
        repo.Write("nuget.config", """
            <configuration>
              <packageSources>
                <add key="local" value="build/packages/bin/Release" />
              </packageSources>
            </configuration>
            """);
        repo.Write("build/packages/bin/Release/Contoso.Greeting.1.0.0.nupkg", "not a real package");
        var shared = repo.Write("src/Shared/Shared.csproj");
        repo.Write("src/Worker/Worker.csproj");
        repo.Write("tests/Api.Tests/Api.Tests.csproj");
        var api = repo.Write("src/Api/Api.csproj");
        return GoldenRepository.Request(Facts.Web(projectPath: api) with
        {
            AssemblyName = "Api",
            ProjectReferences = [shared],
            GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["CurrentSolutionConfigurationContents"] = "<SolutionConfiguration />",
                ["BuildingSolutionFile"] = "true",
                ["SolutionDir"] = repo.Root + "/",
                ["SolutionExt"] = ".slnx",
                ["SolutionFileName"] = "All.slnx",
                ["SolutionName"] = "All",
                ["SolutionPath"] = repo["All.slnx"],
                ["Configuration"] = "Release",
                ["Platform"] = "AnyCPU",
                ["NoBuild"] = "true",
                ["_IsPublishing"] = "true",
            },
        });
    }

    private static Generation.GenerationRequest ContextExplanation(GoldenRepository repo)
    {
        repo.Write("Directory.Build.props");
        repo.Write("services/Directory.Build.props", """
            <Project>
              <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
            </Project>
            """);
        var lib = repo.Write("libs/Billing/Billing.csproj");
        var app = repo.Write("services/Invoices/Invoices.csproj");
        return GoldenRepository.Request(Facts.Web(projectPath: app) with { AssemblyName = "Invoices", ProjectReferences = [lib] });
    }

    private static ProjectItem Item(string include, params (string Name, string Value)[] metadata) =>
        new(include, metadata.ToDictionary(m => m.Name, m => m.Value, StringComparer.OrdinalIgnoreCase));
}
