using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>
/// The Docker engine the tests build with. Missing engine or base images: in CI a failure, elsewhere a skip
/// that says how to get them.
/// </summary>
public sealed class DockerEngine : IAsyncLifetime
{
    public const string HowToEnable =
        "Start a Docker engine with BuildKit (as root: bash build/engine/ensure-docker.sh) and build the base image " +
        "stand-ins (bash build/standins/build-standins.sh); see docs/test-infrastructure.md.";

    /// <summary>Base images every scenario needs, by the names the generated Dockerfiles use.</summary>
    private static readonly string[] RequiredImages =
    [
        "mcr.microsoft.com/dotnet/sdk:10.0-noble",
        "mcr.microsoft.com/dotnet/sdk:10.0-noble-aot",
        "mcr.microsoft.com/dotnet/sdk:8.0-noble",
        "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled",
        "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra",
        "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra",
        "mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra",
        "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled",
        "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra",
    ];

    public string? Unavailable { get; private set; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        var info = await Docker(["info", "--format", "{{.ServerVersion}}"]);
        if (!info.Succeeded)
        {
            Unavailable = $"No Docker engine answers ('docker info': {info.Output.Trim()}).";
        }
        else
        {
            var missing = new List<string>();
            foreach (var image in RequiredImages)
            {
                if (!(await Docker(["image", "inspect", "--format", "{{.Id}}", image])).Succeeded)
                {
                    missing.Add(image);
                }
            }

            if (missing.Count > 0)
            {
                Unavailable = "Base images are missing: " + string.Join(", ", missing) + ".";
            }
        }

        if (Unavailable is not null && InCi)
        {
            // CI must prove every Dockerfile on a real engine: a missing engine fails the run, it never skips.
            throw new InvalidOperationException($"CI=true but the container tests cannot run. {Unavailable} {HowToEnable}");
        }
    }

    /// <summary>Call first in every test: skips (outside CI) when the engine or images are missing.</summary>
    public void RequireEngine()
    {
        if (Unavailable is not null)
        {
            Assert.Skip($"{Unavailable} {HowToEnable}");
        }
    }

    /// <summary>
    /// Call after <see cref="RequireEngine"/> in tests whose Dockerfiles use images beyond the .NET ones (nginx, node):
    /// skips (outside CI) when one is missing, naming the stand-in group that builds it.
    /// </summary>
    public async Task RequireImages(params string[] images)
    {
        RequireEngine();
        var missing = new List<string>();
        foreach (var image in images)
        {
            if (!(await Docker(["image", "inspect", "--format", "{{.Id}}", image])).Succeeded)
            {
                missing.Add(image);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var message = $"Images are missing: {string.Join(", ", missing)}. Build them with: bash build/standins/build-standins.sh --only web (docs/test-infrastructure.md, section 2.7).";
        if (InCi)
        {
            throw new InvalidOperationException(message);
        }

        Assert.Skip(message);
    }

    public static Task<ProcessResult> Docker(IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null) =>
        ProcessRunner.RunAsync("docker", arguments, workingDirectory ?? Path.GetTempPath(), BuildEnvironment(), timeout ?? TimeSpan.FromMinutes(15));

    /// <summary>
    /// What <c>docker run --rm ARGS</c> does, without its race: a container that exits at once can lose its output when
    /// run attaches after the start (moby/moby#20951 and its kin; seen here as an empty output of 'id -u'). Creating,
    /// then <c>docker start -a</c> (which attaches before it starts), then removing keeps every byte.
    /// </summary>
    public static async Task<ProcessResult> RunToExit(IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var create = await Docker(["create", .. arguments], timeout: TimeSpan.FromMinutes(2));
        if (!create.Succeeded)
        {
            return create;
        }

        var id = create.Output.Trim().Split('\n')[^1].Trim();
        try
        {
            return await Docker(["start", "-a", id], timeout: timeout ?? TimeSpan.FromMinutes(2));
        }
        finally
        {
            await Docker(["rm", "-f", id], timeout: TimeSpan.FromMinutes(1));
        }
    }

    public static Task<ProcessResult> Shell(string command, string workingDirectory, TimeSpan? timeout = null) =>
        ProcessRunner.RunAsync("/bin/sh", ["-c", command], workingDirectory, BuildEnvironment(), timeout ?? TimeSpan.FromMinutes(15));

    private static Dictionary<string, string?> BuildEnvironment() => new()
    {
        ["DOCKER_BUILDKIT"] = "1",
        ["BUILDX_NO_DEFAULT_ATTESTATIONS"] = "1",
        ["DOCKER_CLI_HINTS"] = "false",
    };

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
