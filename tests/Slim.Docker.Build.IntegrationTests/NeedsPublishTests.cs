using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>What the app needs from the OS, read from a real restore, through a real dotnet publish.</summary>
public class NeedsPublishTests(PackageFixture package)
{
    [Fact]
    public async Task A_SkiaSharp_app_gets_the_full_image_with_fontconfig_the_reason_and_a_size_report()
    {
        using var workspace = new Workspace(package, "needs-skia");
        workspace.Project("App/App.csproj", items: """
            <PackageReference Include="SkiaSharp" Version="3.119.0" />
            <PackageReference Include="SkiaSharp.NativeAssets.Linux" Version="3.119.0" />
            """);
        workspace.Write("App/Program.cs", Programs.Console);

        var result = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true");

        Assert.True(result.Succeeded, result.ToString());
        var document = DockerfileDocument.Parse(workspace.Read("App/Dockerfile"));
        var final = document.Stages()[^1];
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble AS final", final[0].Arguments);
        Assert.Contains("--no-install-recommends libfontconfig1", final.Single(i => i.Keyword == "RUN").Arguments);
        Assert.Contains(document.Comments, c => c.Contains("libfontconfig.so.1 (Debian/Ubuntu package libfontconfig1), needed by libSkiaSharp.so (SkiaSharp.NativeAssets.Linux 3.119.0)", StringComparison.Ordinal));
        Assert.Contains("final image mcr.microsoft.com/dotnet/runtime:10.0-noble", result.Output);
        Assert.Contains("- libfontconfig.so.1 (Debian/Ubuntu package libfontconfig1), needed by libSkiaSharp.so", result.Output);
        Assert.Matches(@"  base +~80\.0 MB  mcr\.microsoft\.com/dotnet/runtime:10\.0-noble \(estimate\)", result.Output);
        Assert.Matches(@"  packages +\d+\.\d MB  \d+ files from NuGet packages", result.Output);

        // The regenerate target publishes nothing, so it reports no sizes, only the image and why.
        var regenerate = await workspace.Dotnet("App", "build", "-t:GenerateSlimDockerfile");
        Assert.True(regenerate.Succeeded, regenerate.ToString());
        Assert.Contains("is up to date", regenerate.Output);
        Assert.Contains("final image mcr.microsoft.com/dotnet/runtime:10.0-noble", regenerate.Output);
        Assert.DoesNotContain("estimated image size", regenerate.Output);
    }

    [Fact]
    public async Task ContainerFamily_is_kept_and_the_missing_library_is_warning_SDB4001()
    {
        using var workspace = new Workspace(package, "needs-family");
        workspace.Project("App/App.csproj", properties: "<ContainerFamily>noble-chiseled</ContainerFamily>", items: """
            <PackageReference Include="SkiaSharp" Version="3.119.0" />
            <PackageReference Include="SkiaSharp.NativeAssets.Linux" Version="3.119.0" />
            """);
        workspace.Write("App/Program.cs", Programs.Console);

        var result = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("warning SDB4001", result.Output);
        Assert.Contains("SlimDockerfileOsPackages=libfontconfig1", result.Output);
        Assert.EndsWith("runtime:10.0-noble-chiseled-extra AS final", DockerfileDocument.Parse(workspace.Read("App/Dockerfile")).Stages()[^1][0].Arguments);
    }
}
