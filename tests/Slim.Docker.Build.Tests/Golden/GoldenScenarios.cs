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
        App("self-contained-trimmed", "PublishTrimmed (the SDK infers PublishSelfContained from it)", "src/Tool/Tool.csproj", "Tool",
            f => f with { PublishTrimmed = "true", PublishSelfContained = "true" }),
        App("single-file", "PublishSingleFile, invariant", "src/Tool/Tool.csproj", "Tool",
            f => f with { PublishSingleFile = "true", InvariantGlobalization = "true" }),
        Api("aot-net10", "Native AOT web API, invariant", f => f with { PublishAot = "true", InvariantGlobalization = "true" }),
        Api("aot-net8", ".NET 8 Native AOT: toolchain installed in the build stage", f => f with { PublishAot = "true" }, tfm: "net8.0"),
        Api("aot-musl", "Native AOT on Alpine", f => f with { PublishAot = "true", RuntimeIdentifier = "linux-musl-x64", InvariantGlobalization = "true" }),
        new("multi-project", "an app, two libraries (one transitive), Directory.* chain, central packages, local feed, global.json, lock file", MultiProject),

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
        Api("cache-mounts", "SlimDockerfileCacheMounts", options: new() { CacheMounts = "true" }),
        Api("symbols-none", "SlimDockerfileSymbols=none: no .pdb in the final image either", options: new() { Symbols = "none" }),
        Api("symbols-all", "SlimDockerfileSymbols=all: every symbol file stays", options: new() { Symbols = "all" }),
        Api("aot-symbols-all", "Native AOT with SlimDockerfileSymbols=true: the .dbg stays", f => f with { PublishAot = "true", InvariantGlobalization = "true" },
            options: new() { Symbols = "true" }),
        Api("copy-link-false", "SlimDockerfileCopyLink=false", options: new() { CopyLink = "false" }),
        Api("nuget-config-secret", "SlimDockerfileNuGetConfigSecret=true", options: new() { NuGetConfigSecret = "true" }),
        Api("nuget-config-secret-cache-mounts", "a named secret with cache mounts", options: new() { NuGetConfigSecret = "feeds", CacheMounts = "true" }),
        Api("container-repository", "ContainerRepository", f => f with { ContainerRepository = "contoso/orders-api" }),
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
        Api("labels", "ContainerLabel items", f => f with
        {
            ContainerLabels = [Item("org.opencontainers.image.title", ("Value", "Orders API")), Item("com.example.team", ("Value", "payments"))],
        }),
        App("app-command-args", "ContainerAppCommandArgs and ContainerDefaultArgs", "src/Tool/Tool.csproj", "Tool", f => f with
        {
            ContainerAppCommandArgs = ["--mode", "batch"],
            ContainerDefaultArgs = ["--verbose"],
        }),
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

    private static ProjectItem Item(string include, params (string Name, string Value)[] metadata) =>
        new(include, metadata.ToDictionary(m => m.Name, m => m.Value, StringComparer.OrdinalIgnoreCase));
}
