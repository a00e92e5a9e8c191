namespace Slim.Docker.Build.Testing;

/// <summary>
/// A folder with real .NET projects that reference the freshly packed Slim.Docker.Build from a local feed
/// inside the folder (relative nuget.config entry), so the same feed also works inside a container build.
/// </summary>
public sealed class Workspace : IDisposable
{
    public const string FeedFolder = "local-feed";

    private readonly PackageFixture _package;

    public string Root { get; }

    public Workspace(PackageFixture package, string name)
    {
        _package = package;
        Root = Path.Combine(package.Root, "workspaces", $"{name}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(Path.Combine(Root, FeedFolder));
        // A checkout, as real repositories are: the build context never reaches above the folder holding .git.
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        foreach (var nupkg in Directory.GetFiles(package.FeedDirectory, "*.nupkg"))
        {
            File.Copy(nupkg, Path.Combine(Root, FeedFolder, Path.GetFileName(nupkg)));
        }

        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{FeedFolder}" />
              </packageSources>
            </configuration>
            """);
    }

    public string PackageVersion => _package.Version;

    public string this[string relative] => Path.Combine(Root, relative);

    public string Write(string relative, string content)
    {
        var full = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return full;
    }

    public string Read(string relative) => File.ReadAllText(this[relative]);

    public bool Exists(string relative) => File.Exists(this[relative]);

    /// <summary>A project file referencing the package the way 'dotnet add package' does.</summary>
    public string Project(string relative, string sdk = "Microsoft.NET.Sdk", string properties = "", string items = "", bool referencePackage = true, string targetFramework = "net10.0")
    {
        var reference = referencePackage
            ? $"""<PackageReference Include="Slim.Docker.Build" Version="{_package.Version}" PrivateAssets="all" />"""
            : "";
        return Write(relative, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {reference}
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    public Task<ProcessResult> Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, this[workingDirectory], _package.DotnetEnvironment(), TimeSpan.FromMinutes(8));

    public void Dispose()
    {
        // The package fixture deletes the whole tree at the end of the run.
    }
}
