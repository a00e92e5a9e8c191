using Slim.Docker.Build.Testing;
using static Slim.Docker.Build.IntegrationTests.Publishing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>Issue 8 with the real dotnet CLI: secrets, feeds outside the repository, global.json and -f.</summary>
public class RepositoryShapeTests(PackageFixture package)
{
    [Fact]
    public async Task A_secret_on_the_command_line_is_SDB1039_and_reaches_no_file()
    {
        using var workspace = new Workspace(package, "secret");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);

        var result = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true", "-p:MyFeedToken=s3cr3t-value");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Output.Split('\n'), l => l.Contains("error SDB1039", StringComparison.Ordinal));
        Assert.Contains("MyFeedToken", error);
        Assert.DoesNotContain("s3cr3t", error);
        Assert.False(workspace.Exists("App/Dockerfile"));
        Assert.False(workspace.Exists(".dockerignore"));
    }

    [Fact]
    public async Task Publishing_with_no_build_writes_the_same_file_and_never_forwards_NoBuild()
    {
        using var workspace = new Workspace(package, "no-build");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);
        await PublishAndParse(workspace, "App", "App/Dockerfile");
        var generated = workspace.Read("App/Dockerfile");

        var noBuild = await workspace.Dotnet("App", "publish", "--no-build", "--no-restore", "-p:GenerateSlimDockerfile=true", "-p:SlimDockerfileCheck=true");

        Assert.True(noBuild.Succeeded, noBuild.ToString());
        Assert.Equal(generated, workspace.Read("App/Dockerfile"));
        Assert.DoesNotContain("NoBuild", generated);
        Assert.DoesNotContain("NoRestore", generated);
    }

    [Fact]
    public async Task A_feed_at_an_absolute_path_outside_the_repository_is_SDB1038_and_nothing_is_written_outside()
    {
        using var workspace = new Workspace(package, "outside-feed");
        var feed = Path.Combine(package.Root, $"outside-feed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(feed);
        workspace.Write("nuget.config", $"""
            <configuration>
              <packageSources>
                <add key="local" value="{Workspace.FeedFolder}" />
                <add key="outside" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);
        var aboveBefore = Directory.GetFileSystemEntries(package.Root);
        // Compared, not asserted absent: the machine's root is not ours, and something else may have put a file there.
        var rootIgnoreBefore = File.Exists("/.dockerignore") ? File.GetLastWriteTimeUtc("/.dockerignore") : (DateTime?)null;

        var result = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true");

        Assert.False(result.Succeeded);
        Assert.Contains("error SDB1038", result.Output);
        Assert.Contains(feed, result.Output);
        Assert.False(workspace.Exists("App/Dockerfile"));
        Assert.False(workspace.Exists(".dockerignore"));
        Assert.Equal(rootIgnoreBefore, File.Exists("/.dockerignore") ? File.GetLastWriteTimeUtc("/.dockerignore") : null);
        Assert.Equal(aboveBefore, Directory.GetFileSystemEntries(package.Root));
    }

    [Fact]
    public async Task A_net8_app_in_a_repository_pinned_to_a_10_0_sdk_builds_on_sdk_10()
    {
        using var workspace = new Workspace(package, "global-json");
        workspace.Write("global.json", """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""");
        workspace.Project("App/App.csproj", targetFramework: "net8.0");
        workspace.Write("App/Program.cs", Programs.Console);

        var document = await PublishAndParse(workspace, "App", "App/Dockerfile");

        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble AS build", document.Stages()[0][0].Arguments);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:8.0-noble-chiseled-extra AS final", document.Stages()[^1][0].Arguments);
        Assert.Contains(document.Comments, c => c.Contains("global.json requires SDK 10.0.100 (rollForward latestFeature)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_multi_targeting_app_published_with_f_net8_builds_on_the_sdk_of_its_newest_framework()
    {
        using var workspace = new Workspace(package, "multi-target-f");
        workspace.Write("App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFrameworks>net8.0;net10.0</TargetFrameworks><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Slim.Docker.Build" Version="{workspace.PackageVersion}" PrivateAssets="all" />
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        workspace.Write("App/Program.cs", Programs.Console);
        workspace.Write("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks></PropertyGroup>
            </Project>
            """);

        var document = await PublishAndParse(workspace, "App", "App/Dockerfile", "-f", "net8.0");

        var build = document.Stages()[0];
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble AS build", build[0].Arguments);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:8.0-noble-chiseled-extra AS final", document.Stages()[^1][0].Arguments);
        Assert.Contains(" -f net8.0 ", build.Last(i => i.Keyword == "RUN").Arguments + " ");
        Assert.Contains(document.Comments, c => c.Contains("the project also targets net10.0", StringComparison.Ordinal));
    }
}
