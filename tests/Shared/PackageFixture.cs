namespace Slim.Docker.Build.Testing;

/// <summary>
/// Packs Slim.Docker.Build once per test run with a unique version into a local feed, with an isolated NuGet
/// packages folder: NuGet never re-extracts a version it already has, so a fixed version would test stale bits.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"sdb-it-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}");

    public string Version { get; }

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string PackagesDirectory => Path.Combine(Root, "packages");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public PackageFixture()
    {
        Version = $"0.0.1-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid().ToString("N")[..8]}";
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        var project = Path.Combine(RepositoryRoot, "src", "Slim.Docker.Build.Tasks", "Slim.Docker.Build.Tasks.csproj");
        var result = await ProcessRunner.RunAsync(
            "dotnet",
            ["pack", project, "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}", "-nr:false"],
            RepositoryRoot,
            DotnetEnvironment(),
            TimeSpan.FromMinutes(5));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SDB_KEEP_TEST_FILES") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Environment for every dotnet call of the tests: isolated packages, no reused build nodes.</summary>
    public Dictionary<string, string?> DotnetEnvironment() => new()
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        // Properties set by an outer build (dotnet test) must not leak into the projects under test.
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
    };

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Slim.Docker.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Slim.Docker.Build.sln) above " + AppContext.BaseDirectory);
    }
}
