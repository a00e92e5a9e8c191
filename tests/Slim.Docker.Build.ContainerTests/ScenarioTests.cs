using System.Net;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

// One class per scenario, so that xunit runs them in parallel.

public class WebAppTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Framework_dependent_web_api_on_chiseled_extra_answers_200_as_uid_1654()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "web", "Web");
        scenario.Workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", properties: scenario.ContainerRepositoryProperty);
        scenario.Workspace.Write("Web/Program.cs", Apps.Web);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", scenario.FinalBaseImage);

        await scenario.Build();
        var (status, body) = await scenario.Get(await scenario.Start());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hello from web uid=1654", body);
        await scenario.AssertSlimFinalImage();
    }

    [Fact]
    public async Task Invariant_web_api_on_plain_chiseled_answers_200()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "web-invariant", "Web");
        scenario.Workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web",
            properties: scenario.ContainerRepositoryProperty + "<InvariantGlobalization>true</InvariantGlobalization>");
        scenario.Workspace.Write("Web/Program.cs", Apps.Web);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", scenario.FinalBaseImage);

        await scenario.Build();
        var (status, body) = await scenario.Get(await scenario.Start());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hello from web uid=1654", body);
        await scenario.AssertSlimFinalImage();
    }
}

public class Net8WebAppTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Net8_web_app_builds_and_answers_200()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "web8", "Web");
        scenario.Workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", targetFramework: "net8.0", properties: scenario.ContainerRepositoryProperty);
        scenario.Workspace.Write("Web/Program.cs", Apps.Web);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra", scenario.FinalBaseImage);

        await scenario.Build();
        var (status, body) = await scenario.Get(await scenario.Start());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hello from web uid=1654", body);
        await scenario.AssertSlimFinalImage();
    }
}

public class ConsoleAppTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Framework_dependent_console_app_prints_and_exits_0()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "console", "App");
        scenario.Workspace.Project("App/App.csproj", properties: scenario.ContainerRepositoryProperty);
        scenario.Workspace.Write("App/Program.cs", Apps.Console);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra", scenario.FinalBaseImage);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello from console uid=1654", run.Output.Trim());
        await scenario.AssertSlimFinalImage();
    }
}

/// <summary>
/// A scratch folder, as a new user tries the package: nuget.config with the local feed beside App/, no .git and no
/// solution. The nuget.config marks the repository, so the context holds it and the restore in the image finds the
/// package only that feed has (before, the context was App/ and restore failed with NU1101).
/// </summary>
public class ScratchFolderTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Without_git_the_nuget_config_beside_the_app_is_in_the_context_and_restore_finds_the_local_feed()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "scratch", "App");
        Directory.Delete(scenario.Workspace[".git"], recursive: true);
        scenario.Workspace.Project("App/App.csproj", properties: scenario.ContainerRepositoryProperty);
        scenario.Workspace.Write("App/Program.cs", Apps.Console);
        await scenario.Generate();

        Assert.True(scenario.Workspace.Exists(".dockerignore"));
        Assert.Contains("COPY [\"nuget.config\", \"./\"]", scenario.Workspace.Read("App/Dockerfile"));
        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello from console uid=1654", run.Output.Trim());
    }
}

public class SingleFileFrameworkDependentTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Framework_dependent_single_file_app_starts_through_its_bundle_on_the_runtime_image()
    {
        // The publish output has no App.dll: dotnet /app/App.dll (PublishContainer's command) cannot start it.
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "single-file-fdd", "App");
        scenario.Workspace.Project("App/App.csproj",
            properties: scenario.ContainerRepositoryProperty + "<PublishSingleFile>true</PublishSingleFile><SelfContained>false</SelfContained>");
        scenario.Workspace.Write("App/Program.cs", Apps.Console);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra", scenario.FinalBaseImage);
        Assert.Contains("ENTRYPOINT [\"/app/App\"]", File.ReadAllText(scenario.DockerfilePath));

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello from console uid=1654", run.Output.Trim());
        var files = (await ContainerScenario.Files(scenario.Tag)).Keys;
        Assert.Contains("/app/App", files);
        Assert.DoesNotContain("/app/App.dll", files);
    }
}

public class WorkerServiceTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Worker_service_runs_on_the_runtime_image()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "worker", "Worker");
        scenario.Workspace.Project("Worker/Worker.csproj", sdk: "Microsoft.NET.Sdk.Worker", properties: scenario.ContainerRepositoryProperty,
            items: """<PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.0" />""");
        scenario.Workspace.Write("Worker/Program.cs", Apps.Worker);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra", scenario.FinalBaseImage);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("hello from worker uid=1654", run.Output);
        await scenario.AssertSlimFinalImage();
    }
}

public class SelfContainedTrimmedTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Self_contained_trimmed_app_runs_its_apphost_on_runtime_deps()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "trimmed", "App");
        scenario.Workspace.Project("App/App.csproj",
            properties: scenario.ContainerRepositoryProperty + "<PublishTrimmed>true</PublishTrimmed><InvariantGlobalization>true</InvariantGlobalization>");
        scenario.Workspace.Write("App/Program.cs", Apps.Console);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", scenario.FinalBaseImage);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello from console uid=1654", run.Output.Trim());
        await scenario.AssertSlimFinalImage();
        Assert.Contains("/app/App", (await ContainerScenario.Files(scenario.Tag)).Keys);
    }
}

public class NativeAotConsoleTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Native_aot_console_app_builds_on_the_aot_sdk_and_runs()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "aot", "App");
        scenario.Workspace.Project("App/App.csproj",
            properties: scenario.ContainerRepositoryProperty + "<PublishAot>true</PublishAot><InvariantGlobalization>true</InvariantGlobalization>");
        scenario.Workspace.Write("App/Program.cs", Apps.Console);
        // The host has no native toolchain; the regenerate target needs none.
        await scenario.Generate(publish: false);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble-aot", scenario.Dockerfile.Stages()[0][0].Arguments.Split(' ')[0]);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", scenario.FinalBaseImage);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello from console uid=1654", run.Output.Trim());
        await scenario.AssertSlimFinalImage();
        Assert.DoesNotContain((await ContainerScenario.Files(scenario.Tag)).Keys, f => f.EndsWith(".dll", StringComparison.Ordinal) && f.StartsWith("/app/", StringComparison.Ordinal));
    }
}

public class NativeAotWebTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Native_aot_web_api_answers_200()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "aot-web", "Api");
        scenario.Workspace.Project("Api/Api.csproj", sdk: "Microsoft.NET.Sdk.Web",
            properties: scenario.ContainerRepositoryProperty + "<PublishAot>true</PublishAot>");
        scenario.Workspace.Write("Api/Program.cs", Apps.AotWeb);
        await scenario.Generate(publish: false);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra", scenario.FinalBaseImage);

        await scenario.Build();
        var (status, body) = await scenario.Get(await scenario.Start());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hello from aot web uid=1654", body);
        await scenario.AssertSlimFinalImage();

        // No debug baggage: the image is its base, the executable and at most 1 MB more (appsettings, the endpoints
        // manifest), and holds no native symbols. The debug target has them, next to the executable.
        var image = await ContainerScenario.Files(scenario.Tag);
        var baseImage = await ContainerScenario.Files(scenario.FinalBaseImage);
        var executable = image["/app/Api"];
        Assert.DoesNotContain(image.Keys, f => f.EndsWith(".dbg", StringComparison.Ordinal));
        Assert.True(image.Values.Sum() <= baseImage.Values.Sum() + executable + 1_000_000,
            $"image {image.Values.Sum()} bytes, base {baseImage.Values.Sum()}, executable {executable}");
        var debug = await scenario.BuildTagged("debug", target: "debug", cached: true);
        Assert.Contains("/app/Api.dbg", (await ContainerScenario.Files(debug)).Keys);
    }
}

public class SolutionTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task App_with_two_sibling_libraries_central_versions_and_nuget_config_builds_and_runs()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "solution", "src/App");
        var w = scenario.Workspace;
        w.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
            </Project>
            """);
        w.Write("Directory.Packages.props", $"""
            <Project>
              <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup><PackageVersion Include="Slim.Docker.Build" Version="{w.PackageVersion}" /></ItemGroup>
            </Project>
            """);
        w.Write("src/App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType>{scenario.ContainerRepositoryProperty}</PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Slim.Docker.Build" PrivateAssets="all" />
                <ProjectReference Include="../../libs/Greetings/Greetings.csproj" />
                <ProjectReference Include="../../libs/Names/Names.csproj" />
              </ItemGroup>
            </Project>
            """);
        w.Write("src/App/Program.cs", "Console.WriteLine(Greetings.Greeter.Greet(Names.Name.Value));");
        w.Write("libs/Greetings/Greetings.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        w.Write("libs/Greetings/Greeter.cs", "namespace Greetings; public static class Greeter { public static string Greet(string n) => $\"hello, {n}\"; }");
        w.Write("libs/Names/Names.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        w.Write("libs/Names/Name.cs", "namespace Names; public static class Name { public const string Value = \"solution\"; }");
        await scenario.Generate();

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello, solution", run.Output.Trim());
        await scenario.AssertSlimFinalImage();
    }
}

public class GlobalizationTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Culture_and_time_zone_output_is_correct_on_chiseled_extra()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "globalization", "App");
        scenario.Workspace.Project("App/App.csproj", properties: scenario.ContainerRepositoryProperty);
        scenario.Workspace.Write("App/Program.cs", Apps.Globalization);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra", scenario.FinalBaseImage);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("Freitag, 1. März 2024|1.234.567,89|14:00 +02:00", run.Output.Trim());
    }
}

/// <summary>Timing comparisons need a quiet machine: this collection runs after the parallel ones, alone.</summary>
[CollectionDefinition(nameof(Timed), DisableParallelization = true)]
public sealed class Timed;

[Collection(nameof(Timed))]
public class LayerCachingTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Changing_only_code_takes_restore_from_cache_and_rebuilds_faster()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "cache", "Worker");
        // A restore with real downloads, so that taking it from the cache is worth measuring.
        scenario.Workspace.Project("Worker/Worker.csproj", sdk: "Microsoft.NET.Sdk.Worker", properties: scenario.ContainerRepositoryProperty,
            items: """<PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.0" />""");
        scenario.Workspace.Write("Worker/Program.cs", Apps.Worker);
        await scenario.Generate();
        var first = await scenario.Build();

        scenario.Workspace.Write("Worker/Program.cs", Apps.Worker.Replace("hello from worker", "changed worker", StringComparison.Ordinal));
        var second = await scenario.Build();

        var restoreStep = ContainerScenario.StepId(second.Output, "RUN dotnet restore");
        var publishStep = ContainerScenario.StepId(second.Output, "&& dotnet publish");
        Assert.Contains($"{restoreStep} CACHED", second.Output);
        Assert.DoesNotContain($"{publishStep} CACHED", second.Output);
        Assert.True(second.Duration < first.Duration,
            $"rebuild {second.Duration.TotalSeconds:F1}s, first build {first.Duration.TotalSeconds:F1}s\nfirst:\n{Steps(first.Output)}\nrebuild:\n{Steps(second.Output)}");
        Assert.Contains("changed worker", (await scenario.Run()).Output);
    }

    private static string Steps(string output) =>
        string.Join('\n', output.Split('\n').Where(l => l.StartsWith('#') && (l.Contains(" DONE ", StringComparison.Ordinal) || l.Contains(" CACHED", StringComparison.Ordinal) || l.Contains(" [", StringComparison.Ordinal))));
}

public class MultiPlatformTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Framework_dependent_web_app_builds_for_arm64_with_an_aarch64_apphost()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "arm64", "Web");
        scenario.Workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", properties: scenario.ContainerRepositoryProperty);
        scenario.Workspace.Write("Web/Program.cs", Apps.Web);
        await scenario.Generate();
        var output = Path.Combine(scenario.Workspace.Root, "..", $"{Path.GetFileName(scenario.Workspace.Root)}-arm64-rootfs");

        // The header's command with buildx and an arm64 target; the result is exported as a folder.
        await scenario.Build($"docker buildx build --platform linux/arm64 --output type=local,dest={output}");

        var apphost = await File.ReadAllBytesAsync(Path.Combine(output, "app", "Web"), TestContext.Current.CancellationToken);
        Assert.Equal([0x7f, (byte)'E', (byte)'L', (byte)'F'], apphost[..4]);
        // e_machine at offset 18 (little-endian): 183 = EM_AARCH64.
        Assert.Equal(183, BitConverter.ToUInt16(apphost, 18));
        Assert.True(File.Exists(Path.Combine(output, "app", "Web.dll")));
    }
}

public class RepositorySampleTests(DockerEngine docker)
{
    /// <summary>The README's first command writes samples/HelloApi/Dockerfile; it must build and run as committed.</summary>
    [Fact]
    public async Task The_committed_sample_dockerfile_builds_and_the_app_answers_in_german_time()
    {
        docker.RequireEngine();
        var dockerfile = Path.Combine(PackageFixture.RepositoryRoot, "samples", "HelloApi", "Dockerfile");
        var (command, directory) = ContainerScenario.ReadHeaderBuildCommand(dockerfile);
        var tag = $"sdb-test-sample-{Guid.NewGuid().ToString("N")[..8]}";
        Assert.Contains(" -t helloapi --build-arg IMAGE_CREATED=", command);
        Assert.Equal(Path.TrimEndingDirectorySeparator(PackageFixture.RepositoryRoot), directory);

        var build = await DockerEngine.Shell(command.Replace(" -t helloapi ", $" -t {tag} ", StringComparison.Ordinal), directory, TimeSpan.FromMinutes(20));
        Assert.True(build.Succeeded, build.ToString());
        var port = ContainerScenario.FreePort();
        var run = await DockerEngine.Docker(["run", "-d", "--rm", "-p", $"127.0.0.1:{port}:8080", tag]);
        Assert.True(run.Succeeded, run.ToString());
        var container = run.Output.Trim().Split('\n')[^1];
        try
        {
            var greeting = await ContainerScenario.GetWhenUp(new Uri($"http://127.0.0.1:{port}/"), container);
            Assert.Equal((HttpStatusCode.OK, "Hello, container!"), greeting);
            var berlin = await ContainerScenario.GetWhenUp(new Uri($"http://127.0.0.1:{port}/berlin"), container);
            Assert.Equal(HttpStatusCode.OK, berlin.Status);
            // e.g. "Donnerstag, 26. November 2026 20:15:00": German day names need ICU, Berlin time needs tzdata.
            Assert.Matches("^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), ", berlin.Body);
        }
        finally
        {
            await DockerEngine.Docker(["rm", "-f", container]);
            await DockerEngine.Docker(["rmi", "-f", tag]);
        }
    }
}
