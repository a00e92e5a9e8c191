using System.Net;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>
/// Issue 8's proof on the real engine: the two Dockerfiles a solution publish of tests/Fixtures/RealRepo writes build
/// with their headers' own commands, from the shared context whose .dockerignore re-includes the local feed in
/// build/packages/bin/Release (the API's restore needs Contoso.Greeting from it), and both apps run as UID 1654.
/// </summary>
public class RealRepositoryContainerTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Both_apps_of_a_solution_publish_build_from_the_shared_context_and_run_as_uid_1654()
    {
        docker.RequireEngine();
        var repository = await RealRepo.Create(package, "container");
        var publish = await repository.Dotnet("publish", "RealRepo.slnx", "-p:GenerateSlimDockerfile=true", "-p:SlimDockerfileCompose=true");
        Assert.True(publish.Succeeded, publish.ToString());
        Assert.Equal(RealRepo.AppDockerfiles, repository.FilesNamed("Dockerfile"));
        Assert.True(File.Exists(repository["compose.yaml"]), publish.ToString());

        var suffix = Guid.NewGuid().ToString("N")[..8];
        var api = $"sdb-test-realrepo-api-{suffix}";
        var worker = $"sdb-test-realrepo-worker-{suffix}";
        string? container = null;
        try
        {
            await Build(repository["src/Orders.Api/Dockerfile"], "orders-api", api);
            await Build(repository["src/Orders.Worker/Dockerfile"], "orders-worker", worker);

            var port = ContainerScenario.FreePort();
            var start = await DockerEngine.Docker(["run", "-d", "-p", $"127.0.0.1:{port}:8080", api]);
            Assert.True(start.Succeeded, start.ToString());
            container = start.Output.Trim().Split('\n')[^1];
            var (status, body) = await ContainerScenario.GetWhenUp(new Uri($"http://127.0.0.1:{port}/"), container);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("hello orders api uid=1654", body);

            var run = await DockerEngine.RunToExit([worker], timeout: TimeSpan.FromMinutes(2));
            Assert.True(run.Succeeded, run.ToString());
            Assert.Contains("hello from orders worker uid=1654", run.Output);

            // The feed's packages reached the build only through the '!' rule: the final images hold the library.
            Assert.Contains("/app/Contoso.Greeting.dll", (await ContainerScenario.Files(api)).Keys);

            await ComposeRunsBothApps(repository["compose.yaml"], api, worker, suffix);
        }
        finally
        {
            if (container is not null)
            {
                await DockerEngine.Docker(["rm", "-f", container]);
            }

            await DockerEngine.Docker(["rmi", "-f", api, worker]);
        }
    }

    /// <summary>
    /// The generated compose.yaml validates and brings both apps up, hardened (read-only file system, no capabilities).
    /// An override only points it at this test's image tags and a free loopback port, so that parallel tests never
    /// collide on the host's 8080.
    /// </summary>
    private static async Task ComposeRunsBothApps(string compose, string api, string worker, string suffix)
    {
        var port = ContainerScenario.FreePort();
        var overrideFile = Path.Combine(Path.GetDirectoryName(compose)!, $"compose.test-{suffix}.yaml");
        await File.WriteAllTextAsync(overrideFile, $$"""
            services:
              orders-api:
                image: {{api}}
                ports: !override
                  - "127.0.0.1:{{port}}:8080"
              orders-worker:
                image: {{worker}}
            """);
        string[] project = ["compose", "-p", $"sdb-test-{suffix}", "-f", compose, "-f", overrideFile];
        try
        {
            var config = await DockerEngine.Docker([.. project, "config", "--quiet"]);
            Assert.True(config.Succeeded, config.ToString());

            var up = await DockerEngine.Docker([.. project, "up", "-d", "--no-build"], timeout: TimeSpan.FromMinutes(2));
            Assert.True(up.Succeeded, up.ToString());
            var (status, body) = await ContainerScenario.GetWhenUp(new Uri($"http://127.0.0.1:{port}/"), null);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("hello orders api uid=1654", body);

            var inspect = await DockerEngine.Docker(["inspect", "--format", "{{.HostConfig.ReadonlyRootfs}} {{.HostConfig.CapDrop}}", $"sdb-test-{suffix}-orders-api-1"]);
            Assert.Equal("true [ALL]", inspect.Output.Trim());
        }
        finally
        {
            await DockerEngine.Docker([.. project, "down", "--timeout", "2"]);
            File.Delete(overrideFile);
        }
    }

    /// <summary>Builds with exactly the header's command, from the folder it names, under a unique tag.</summary>
    private static async Task Build(string dockerfile, string headerTag, string tag)
    {
        var (command, directory) = ContainerScenario.ReadHeaderBuildCommand(dockerfile);
        Assert.Contains($" -t {headerTag} ", command);
        command = command.Replace($" -t {headerTag} ", $" -t {tag} ", StringComparison.Ordinal);
        var result = await DockerEngine.Shell("BUILDKIT_PROGRESS=plain " + command, directory, TimeSpan.FromMinutes(20));
        Assert.True(result.Succeeded, $"{command}\n{result}");
    }
}
