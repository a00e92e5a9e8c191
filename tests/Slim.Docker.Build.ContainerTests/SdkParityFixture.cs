using System.Text.Json;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>
/// What the parity cases share: one web app, whose project imports the case's properties and items from the file the
/// environment variable SDB_PARITY_CASE names (so the project file, the build context and the Dockerfile's build stage
/// stay the same for every case, and BuildKit builds the app once), and a local registry (build/standins/registry.sh)
/// that serves the base images to the SDK, which reads them from a registry rather than from the engine.
/// </summary>
public sealed class SdkParityFixture(PackageFixture package) : IAsyncLifetime
{
    public const string BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra";
    public const string SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0-noble";
    public const string ProjectFolder = "Web";

    private readonly List<string> _images = [];
    private readonly Dictionary<string, string> _pushed = new(StringComparer.Ordinal);
    private readonly string _registryDirectory = Path.Combine(package.Root, "parity-registry");

    public string Id { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>A family no table knows, unique to this run: <c>10.0-&lt;it&gt;</c> is tagged from the base image for it.</summary>
    public string UnknownFamily => "sdbparity" + Id;

    public Workspace Workspace { get; } = new(package, "parity");

    public string Registry { get; private set; } = "";

    /// <summary>The SDK version of the SDK image: the one that builds the app in the generated Dockerfile.</summary>
    public string SdkVersion { get; private set; } = "";

    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Workspace.Write($"{ProjectFolder}/{ProjectFolder}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Slim.Docker.Build" Version="{Workspace.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
              <Import Project="$(SDB_PARITY_CASE)" Condition="'$(SDB_PARITY_CASE)' != ''" />
            </Project>
            """);
        Workspace.Write($"{ProjectFolder}/Program.cs", Apps.Web);

        if (!(await DockerEngine.Docker(["image", "inspect", BaseImage])).Succeeded)
        {
            Unavailable = $"{BaseImage} is missing.";
            return;
        }

        var start = await RegistryScript("start");
        if (!start.Succeeded)
        {
            Unavailable = "The local registry did not start (build/standins/registry.sh start):\n" + start.Output;
            return;
        }

        Registry = start.Output.Split('\n').Last(l => l.StartsWith("127.0.0.1:", StringComparison.Ordinal)).Trim();
        var unknown = $"mcr.microsoft.com/dotnet/aspnet:10.0-{UnknownFamily}";
        Assert.True((await DockerEngine.Docker(["tag", BaseImage, unknown])).Succeeded);
        _images.Add(unknown);

        var env = await DockerEngine.Docker(["image", "inspect", SdkImage, "--format", "{{json .Config.Env}}"]);
        SdkVersion = JsonSerializer.Deserialize<string[]>(env.Output.Trim().Split('\n')[^1])!
            .Single(e => e.StartsWith("DOTNET_SDK_VERSION=", StringComparison.Ordinal))["DOTNET_SDK_VERSION=".Length..];
    }

    /// <summary>Skips (outside CI) or fails (in CI) when the registry or the base image is missing.</summary>
    public void RequireRegistry()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (DockerEngine.InCi)
        {
            throw new InvalidOperationException("CI=true but the parity tests cannot run. " + Unavailable);
        }

        Assert.Skip(Unavailable + " " + DockerEngine.HowToEnable);
    }

    /// <summary>The registry's reference for a local image, pushed once.</summary>
    public async Task<string> Push(string image)
    {
        if (!_pushed.TryGetValue(image, out var reference))
        {
            var push = await RegistryScript("push", image);
            Assert.True(push.Succeeded, push.ToString());
            reference = _pushed[image] = push.Output.Split('\n').Last(l => l.StartsWith(Registry + "/", StringComparison.Ordinal)).Trim();
        }

        return reference;
    }

    /// <summary>Removed with the fixture.</summary>
    public void Track(string image) => _images.Add(image);

    /// <summary>dotnet with the case's file imported, and the registry the SDK may read over plain HTTP.</summary>
    public Task<ProcessResult> Dotnet(string caseFile, params string[] arguments)
    {
        var environment = package.DotnetEnvironment();
        environment["SDB_PARITY_CASE"] = caseFile;
        environment["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = Registry;
        environment["NUGET_CERT_REVOCATION_MODE"] = "offline";
        return ProcessRunner.RunAsync("dotnet", arguments, Workspace[ProjectFolder], environment, TimeSpan.FromMinutes(10));
    }

    public async ValueTask DisposeAsync()
    {
        if (_images.Count > 0)
        {
            await DockerEngine.Docker(["rmi", "-f", .. _images]);
        }

        if (Registry.Length > 0)
        {
            await RegistryScript("stop");
        }
    }

    private Task<ProcessResult> RegistryScript(params string[] arguments) =>
        ProcessRunner.RunAsync(
            "bash",
            [Path.Combine(PackageFixture.RepositoryRoot, "build", "standins", "registry.sh"), .. arguments],
            PackageFixture.RepositoryRoot,
            new Dictionary<string, string?> { ["SLIM_REGISTRY_DIR"] = _registryDirectory },
            TimeSpan.FromMinutes(5));
}
