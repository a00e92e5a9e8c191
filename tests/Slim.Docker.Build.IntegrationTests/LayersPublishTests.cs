using System.Text.RegularExpressions;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>The package's targets as the generated Dockerfile's dotnet publish runs them, here on the host.</summary>
public class LayersPublishTests(PackageFixture package)
{
    [Fact]
    public async Task Package_files_move_to_the_packages_folder_and_compressed_static_assets_get_SOURCE_DATE_EPOCH()
    {
        using var workspace = new Workspace(package, "layers");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", items: """
            <PackageReference Include="Humanizer.Core" Version="2.14.1" />
            <ProjectReference Include="../Lib/Lib.csproj" />
            """);
        workspace.Write("Lib/Lib.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        workspace.Write("Lib/Greeter.cs", "namespace Lib; public static class Greeter { public static string Greet() => \"hi\"; }");
        workspace.Write("Web/Program.cs", Programs.Web);
        // The Dockerfile gives every source file SOURCE_DATE_EPOCH before publish; the package's target does the same
        // for the compressed copies the SDK writes during publish.
        var epoch = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        File.SetLastWriteTimeUtc(workspace.Write("Web/wwwroot/site.css", "body { color: red; }"), epoch.UtcDateTime);
        var app = workspace["out/app"];
        var packages = workspace["out/layers/packages"];

        var result = await workspace.Dotnet("Web", "publish", "-o", app, $"-p:SlimDockerfilePackagesLayerDir={packages}", $"-p:SOURCE_DATE_EPOCH={epoch.ToUnixTimeSeconds()}");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("Slim.Docker.Build: 1 package files -> " + packages, result.Output);
        Assert.Equal(["Humanizer.dll"], Directory.GetFiles(packages, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(app, "Humanizer.dll")));
        Assert.All(["Web.dll", "Web.pdb", "Lib.dll", "Web.deps.json", "Web.runtimeconfig.json", "wwwroot/site.css.gz"], f => Assert.True(File.Exists(Path.Combine(app, f)), f));
        var manifest = File.ReadAllText(Path.Combine(app, "Web.staticwebassets.endpoints.json"));
        var lastModified = Regex.Matches(manifest, "\"Last-Modified\",\"Value\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([epoch.ToString("R")], lastModified);
    }

    [Fact]
    public async Task The_size_report_after_publish_gives_each_layer_compressed_once_with_the_smaller_choices()
    {
        using var workspace = new Workspace(package, "layers-report");
        workspace.Project("App/App.csproj", items: """<PackageReference Include="Humanizer.Core" Version="2.14.1" />""");
        workspace.Write("App/Program.cs", Programs.Console);

        var result = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Single(Regex.Matches(result.Output, "estimated image size, compressed"));
        Assert.Matches(@"  base +~55\.0 MB  mcr\.microsoft\.com/dotnet/runtime:10\.0-noble-chiseled-extra \(estimate\)", result.Output);
        // Humanizer.dll (net6.0) is 356 KB unpacked, 143 KB as gzip -6 compresses it alone.
        var packages = Regex.Match(result.Output, @"  packages +(\d+\.\d) MB  1 file from NuGet packages");
        Assert.True(packages.Success, result.Output);
        Assert.Equal("0.2", packages.Groups[1].Value);
        Assert.Matches(@"  app +(<0\.1|0\.\d) MB  \d+ files of the project and its project references", result.Output);
        Assert.Matches(@"  total +~55\.\d MB", result.Output);
        Assert.Contains("what if InvariantGlobalization=true: runtime:10.0-noble-chiseled, ~15.0 MB smaller", result.Output);
        Assert.Contains("what if PublishAot=true: runtime-deps:10.0-noble-chiseled-extra and one native executable", result.Output);
    }

    [Fact]
    public async Task Without_the_property_nothing_moves()
    {
        using var workspace = new Workspace(package, "layers-off");
        workspace.Project("App/App.csproj", items: """<PackageReference Include="Humanizer.Core" Version="2.14.1" />""");
        workspace.Write("App/Program.cs", Programs.Console);

        var result = await workspace.Dotnet("App", "publish", "-o", workspace["out/app"]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(workspace.Exists("out/app/Humanizer.dll"));
        Assert.DoesNotContain("package files ->", result.Output);
    }
}
