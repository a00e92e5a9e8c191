using System.Net;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>The Container* and SlimDockerfile* settings, built and run on the real engine.</summary>
public class ContainerItemsTests(PackageFixture package, DockerEngine docker)
{
    // Quotes, '$', backslashes and a semicolon: the app must see exactly this, not a shell's or Docker's reading of it.
    private const string Greeting = "hi \"there\" $HOME \\path 'single' ;semi";

    [Fact]
    public async Task Environment_labels_and_ports_reach_the_running_container_unchanged()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "items", "Web");
        scenario.Workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", properties: scenario.ContainerRepositoryProperty,
            items: """
                <ContainerPort Include="5000" Type="tcp" />
                <ContainerEnvironmentVariable Include="ASPNETCORE_HTTP_PORTS" Value="5000" />
                <ContainerEnvironmentVariable Include="GREETING" Value="hi &quot;there&quot; $HOME \path 'single' ;semi" />
                <ContainerLabel Include="org.example.note" Value="hi &quot;there&quot; $HOME \path 'single' ;semi" />
                """);
        scenario.Workspace.Write("Web/Program.cs", """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/", () => Environment.GetEnvironmentVariable("GREETING"));
            app.Run();
            """);
        await scenario.Generate();

        await scenario.Build();
        var (status, body) = await scenario.Get(await scenario.Start(containerPort: 5000));
        var label = await DockerEngine.Docker(["image", "inspect", "--format", "{{index .Config.Labels \"org.example.note\"}}", scenario.Tag]);
        var exposed = await DockerEngine.Docker(["image", "inspect", "--format", "{{json .Config.ExposedPorts}}", scenario.Tag]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Greeting, body);
        Assert.Equal(Greeting, label.Output.TrimEnd('\n'));
        Assert.Equal("{\"5000/tcp\":{}}", exposed.Output.Trim());
    }
}

public class OsPackagesTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Os_packages_move_the_app_to_the_full_image_install_there_and_still_run_as_1654()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "ospackages", "App");
        scenario.Workspace.Project("App/App.csproj",
            properties: scenario.ContainerRepositoryProperty + "<SlimDockerfileOsPackages>curl</SlimDockerfileOsPackages>");
        scenario.Workspace.Write("App/Program.cs", Apps.Console);
        await scenario.Generate();
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble", scenario.FinalBaseImage);

        await scenario.Build();
        var run = await scenario.Run();
        var curl = await DockerEngine.RunToExit(["--entrypoint", "curl", scenario.Tag, "--version"]);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello from console uid=1654", run.Output.Trim());
        Assert.True(curl.Succeeded, curl.ToString());
        Assert.StartsWith("curl ", curl.Output);
    }
}

public class CacheMountTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Cache_mounts_and_plain_copy_build_and_run()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "cachemount", "App");
        scenario.Workspace.Project("App/App.csproj",
            properties: scenario.ContainerRepositoryProperty + "<SlimDockerfileCacheMounts>true</SlimDockerfileCacheMounts><SlimDockerfileCopyLink>false</SlimDockerfileCopyLink>");
        scenario.Workspace.Write("App/Program.cs", Apps.Console);
        await scenario.Generate();
        var runs = scenario.Dockerfile.Stages()[0].Where(i => i.Keyword == "RUN").ToList();
        Assert.Single(runs);
        Assert.Equal("type=cache,id=nuget,target=/root/.nuget/packages", runs[0].Flag("mount"));
        Assert.DoesNotContain(scenario.Dockerfile.All("COPY"), c => c.Flag("link") is not null);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("hello from console uid=1654", run.Output.Trim());
        await scenario.AssertSlimFinalImage();
    }
}
