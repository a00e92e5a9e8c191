using System.Net;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>
/// Layers by how often they change: two --no-cache builds of the same sources give the same layers, a one-line code
/// change replaces only the app's, and what a code change pushes is small.
/// </summary>
internal static class Layered
{
    public const string Library = "namespace Lib; public static class Greeter { public static string Greet(string name) => $\"hello, {name}\"; }";

    /// <summary>The SOURCE_DATE_EPOCH of the build after the change.</summary>
    public const long NewCommitTime = 1_700_000_000;

    /// <summary>An app with a package (Humanizer.Core), a project reference and, for the web app, a static file.</summary>
    public static void Write(ContainerScenario scenario, string sdk, string properties, string program)
    {
        var w = scenario.Workspace;
        w.Project("App/App.csproj", sdk: sdk, properties: scenario.ContainerRepositoryProperty + properties, items: """
            <PackageReference Include="Humanizer.Core" Version="2.14.1" />
            <ProjectReference Include="../Lib/Lib.csproj" />
            """);
        w.Write("Lib/Lib.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        w.Write("Lib/Greeter.cs", Library);
        w.Write("App/Program.cs", program);
    }

    /// <summary>
    /// Builds a and b from the same sources and c after <paramref name="change"/> (a new commit: a later
    /// SOURCE_DATE_EPOCH), all with --no-cache, and checks that a and b are identical and that c differs from them in the app
    /// layer only, the last but one (WORKDIR's empty layer comes last). Returns the three tags.
    /// </summary>
    public static async Task<(string A, string B, string C)> BuildTwiceThenChange(ContainerScenario scenario, Action change)
    {
        var a = await scenario.BuildTagged("a");
        var b = await scenario.BuildTagged("b");
        change();
        var c = await scenario.BuildTagged("c", sourceDateEpoch: NewCommitTime);

        var (layersA, layersB, layersC) = (await ContainerScenario.LayerDigests(a), await ContainerScenario.LayerDigests(b), await ContainerScenario.LayerDigests(c));
        var baseLayers = (await ContainerScenario.LayerDigests(scenario.FinalBaseImage)).Count;
        Assert.Equal(baseLayers + 3, layersA.Count); // packages, app, WORKDIR
        Assert.Equal(layersA, layersB);
        Assert.Equal(layersA.Count, layersC.Count);
        var changed = Enumerable.Range(0, layersA.Count).Where(i => layersA[i] != layersC[i]).ToList();
        Assert.Equal([layersA.Count - 2], changed);
        return (a, b, c);
    }

    /// <summary>The unpacked size of the app layer (the last COPY) and of the packages layer (the one before), from the image's history.</summary>
    public static async Task<(long Packages, long App)> LayerBytes(string image)
    {
        var copies = (await ContainerScenario.History(image)).Where(h => h.CreatedBy.StartsWith("COPY ", StringComparison.Ordinal)).ToList();
        return (copies[1].Bytes, copies[0].Bytes);
    }
}

public class FrameworkDependentLayerTests(PackageFixture package, DockerEngine docker)
{
    private const string Program = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapStaticAssets();
        app.MapGet("/", () => Lib.Greeter.Greet(Humanizer.StringHumanizeExtensions.Humanize("layered_web_api")));
        app.Run();
        """;

    [Fact]
    public async Task Same_sources_give_the_same_layers_and_a_code_change_replaces_only_the_app_layer()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "layers-web", "App");
        Layered.Write(scenario, "Microsoft.NET.Sdk.Web", "", Program);
        // A static file: the endpoint manifest records the times of it and of its compressed copies.
        File.SetLastWriteTimeUtc(scenario.Workspace.Write("App/wwwroot/site.css", "body { color: red; }"), DateTime.UtcNow);
        await scenario.Generate();

        var (_, _, c) = await Layered.BuildTwiceThenChange(
            scenario,
            () => scenario.Workspace.Write("App/Program.cs", Program.Replace("layered_web_api", "changed_web_api", StringComparison.Ordinal)));

        var (packages, app) = await Layered.LayerBytes(c);
        Assert.True(app < 1_000_000, $"The app layer is {app} bytes.");
        Assert.True(packages > 300_000, $"The packages layer is {packages} bytes: Humanizer is not in it.");
        var files = await ContainerScenario.Files(c);
        Assert.Contains("/app/App.pdb", files.Keys); // managed symbols stay by default: line numbers in stack traces
        Assert.Contains("/app/Humanizer.dll", files.Keys);
        await DockerEngine.Docker(["tag", c, scenario.Tag]);
        var url = await scenario.Start();
        Assert.Equal((HttpStatusCode.OK, "hello, changed web api"), await scenario.Get(url));
        // The app's files carry SOURCE_DATE_EPOCH, and so does what MapStaticAssets says about them.
        using var client = new HttpClient();
        using var css = await client.GetAsync(new Uri(url, "site.css"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Layered.NewCommitTime), css.Content.Headers.LastModified);
    }
}

public class SelfContainedLayerTests(PackageFixture package, DockerEngine docker)
{
    private const string Program = """Console.WriteLine(Lib.Greeter.Greet(Humanizer.StringHumanizeExtensions.Humanize("trimmed_console_app")));""";

    [Fact]
    public async Task The_trimmed_runtime_stays_in_the_unchanged_layer_when_the_code_changes()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "layers-sc", "App");
        Layered.Write(scenario, "Microsoft.NET.Sdk", "<PublishTrimmed>true</PublishTrimmed><InvariantGlobalization>true</InvariantGlobalization>", Program);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", scenario.FinalBaseImage);

        var (_, _, c) = await Layered.BuildTwiceThenChange(
            scenario,
            () => scenario.Workspace.Write("App/Program.cs", Program.Replace("trimmed_console_app", "changed_console_app", StringComparison.Ordinal)));

        var (packages, app) = await Layered.LayerBytes(c);
        Assert.True(app < 1_000_000, $"The app layer is {app} bytes.");
        Assert.True(packages > 10_000_000, $"The packages layer is {packages} bytes: the runtime is not in it.");
        var files = await ContainerScenario.Files(c);
        Assert.Contains("/app/libcoreclr.so", files.Keys);
        var run = await DockerEngine.RunToExit([c]);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello, changed console app", run.Output.Trim());
    }
}

/// <summary>Without the package's targets in the container's publish, nothing moves: the image is the one-layer image, and runs.</summary>
public class LayerFallbackTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Without_the_packages_targets_the_dockerfile_still_builds_and_the_app_runs()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "layers-fallback", "App");
        Layered.Write(scenario, "Microsoft.NET.Sdk", "", """Console.WriteLine(Lib.Greeter.Greet(Humanizer.StringHumanizeExtensions.Humanize("no_targets")));""");
        await scenario.Generate();
        // As with an older package or excluded build assets: the restore inside the container imports no targets of it.
        var project = scenario.Workspace.Read("App/App.csproj");
        scenario.Workspace.Write("App/App.csproj", project.Replace("PrivateAssets=\"all\"", "PrivateAssets=\"all\" ExcludeAssets=\"build;buildMultitargeting\"", StringComparison.Ordinal));

        var build = await scenario.Build();
        var run = await scenario.Run();

        Assert.DoesNotContain("package files ->", build.Output);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello, no targets", run.Output.Trim());
        var (packages, app) = await Layered.LayerBytes(scenario.Tag);
        Assert.True(packages <= 16_384, $"The packages layer is {packages} bytes: it should hold only its empty folder.");
        Assert.Contains("/app/Humanizer.dll", (await ContainerScenario.Files(scenario.Tag)).Keys);
        Assert.True(app > 0);
    }
}
