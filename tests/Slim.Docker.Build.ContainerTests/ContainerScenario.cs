using System.Formats.Tar;
using System.Net;
using System.Net.Sockets;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>One generated Dockerfile on its way through a real engine: generate, build with the header's own
/// command, run, inspect. Removes its containers and image tag when disposed (the build cache stays).</summary>
public sealed class ContainerScenario : IAsyncDisposable
{
    private readonly List<string> _containers = [];
    private readonly List<string> _tags = [];

    public Workspace Workspace { get; }

    public string ProjectFolder { get; }

    public string Tag { get; }

    public string DockerfilePath => Workspace[Path.Combine(ProjectFolder, "Dockerfile")];

    public DockerfileDocument Dockerfile => DockerfileDocument.Parse(File.ReadAllText(DockerfilePath));

    private ContainerScenario(Workspace workspace, string projectFolder, string tag)
    {
        Workspace = workspace;
        ProjectFolder = projectFolder;
        Tag = tag;
    }

    /// <summary>A workspace whose app project gets a unique ContainerRepository, so scenarios never share a tag.</summary>
    public static ContainerScenario Create(PackageFixture package, string name, string projectFolder)
    {
        var workspace = new Workspace(package, name);
        return new ContainerScenario(workspace, projectFolder, $"sdb-test-{name}-{Guid.NewGuid().ToString("N")[..8]}");
    }

    public string ContainerRepositoryProperty => $"<ContainerRepository>{Tag}</ContainerRepository>";

    /// <summary>Runs <c>dotnet publish -p:GenerateSlimDockerfile=true</c> (or the regenerate target) in the project folder.</summary>
    public async Task Generate(bool publish = true)
    {
        var result = publish
            ? await Workspace.Dotnet(ProjectFolder, "publish", "-p:GenerateSlimDockerfile=true")
            : await Workspace.Dotnet(ProjectFolder, "build", "-t:GenerateSlimDockerfile");
        Assert.True(result.Succeeded, result.ToString());
        Assert.True(File.Exists(DockerfilePath), result.ToString());
    }

    /// <summary>The header's build command and the folder it says to run it from.</summary>
    public (string Command, string Directory) HeaderBuildCommand() => ReadHeaderBuildCommand(DockerfilePath);

    /// <summary>The build command a generated Dockerfile's header gives, and the folder it says to run it from.</summary>
    public static (string Command, string Directory) ReadHeaderBuildCommand(string dockerfilePath)
    {
        var lines = File.ReadAllLines(dockerfilePath);
        var at = Array.FindIndex(lines, l => l.StartsWith("# Build it from ", StringComparison.Ordinal));
        Assert.True(at >= 0, "The header has no build instructions.");
        var from = lines[at].Contains("this folder", StringComparison.Ordinal)
            ? "."
            : lines[at].Split("the folder ", 2)[1].Split(" (relative", 2)[0];
        var command = lines[at + 1].TrimStart('#').Trim();
        Assert.StartsWith("docker build ", command);
        return (command, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dockerfilePath)!, from)));
    }

    /// <summary>
    /// Builds with exactly the header's command (BUILDKIT_PROGRESS=plain only changes the log format), or with
    /// <paramref name="replaceBuild"/> instead of <c>docker build</c>, or edited where the header says the user edits it.
    /// </summary>
    public async Task<ProcessResult> Build(string? replaceBuild = null, Func<string, string>? edit = null)
    {
        var (command, result) = await TryBuild(replaceBuild, edit);
        Assert.True(result.Succeeded, $"{command}\n{result}");
        return result;
    }

    /// <summary>The same as <see cref="Build"/> for builds that may fail: the command that ran and its result.</summary>
    public async Task<(string Command, ProcessResult Result)> TryBuild(string? replaceBuild = null, Func<string, string>? edit = null)
    {
        var (command, directory) = HeaderBuildCommand();
        if (replaceBuild is not null)
        {
            command = replaceBuild + command["docker build".Length..];
        }

        if (edit is not null)
        {
            command = edit(command);
        }

        var result = await DockerEngine.Shell("BUILDKIT_PROGRESS=plain " + command, directory, TimeSpan.FromMinutes(20));
        return (command, result);
    }

    /// <summary>The id of a step in a build's output: BuildKit's plain progress names each step as "#N [stage k/n] INSTRUCTION".</summary>
    public static string StepId(string output, string instruction)
    {
        var line = output.Split('\n').First(l => l.StartsWith('#') && l.Contains(instruction, StringComparison.Ordinal) && l.Contains('['));
        return line.Split(' ')[0];
    }

    /// <summary>
    /// The header's command tagged <c>Tag:label</c>, with <c>--no-cache</c> unless <paramref name="cached"/> (and
    /// <paramref name="arguments"/>, <paramref name="target"/>): without the cache every step runs again, so equal layers
    /// prove reproducibility rather than BuildKit's cache, whose key for COPY ignores file times. The header passes the
    /// last commit's time as SOURCE_DATE_EPOCH; a test's workspace has no commit, so <paramref name="sourceDateEpoch"/>
    /// stands in for it.
    /// </summary>
    public async Task<string> BuildTagged(string label, string arguments = "", string? target = null, bool cached = false, long sourceDateEpoch = 1_600_000_000)
    {
        var tag = $"{Tag}:{label}";
        _tags.Add(tag);
        var options = string.Join(' ', new[] { target is null ? "" : "--target " + target, cached ? "" : "--no-cache", arguments }.Where(o => o.Length > 0));
        const string CommitTime = "$(git log -1 --format=%ct 2>/dev/null)";
        await Build(edit: c =>
        {
            Assert.Contains(CommitTime, c, StringComparison.Ordinal);
            return c.Replace(CommitTime, sourceDateEpoch.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace($" -t {Tag} ", $" {options} -t {tag} ", StringComparison.Ordinal);
        });
        return tag;
    }

    /// <summary>The image's layers, bottom first, by diff id: equal ids are byte-identical layers.</summary>
    public static async Task<IReadOnlyList<string>> LayerDigests(string image)
    {
        var inspect = await DockerEngine.Docker(["image", "inspect", "--format", "{{range .RootFS.Layers}}{{println .}}{{end}}", image]);
        Assert.True(inspect.Succeeded, inspect.ToString());
        return inspect.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Each instruction of the image's history that made a layer, newest first: the instruction and its unpacked bytes.</summary>
    public static async Task<IReadOnlyList<(string CreatedBy, long Bytes)>> History(string image)
    {
        var history = await DockerEngine.Docker(["history", "--no-trunc", "-H=false", "--format", "{{.Size}}\t{{.CreatedBy}}", image]);
        Assert.True(history.Succeeded, history.ToString());
        return history.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t', 2))
            .Select(p => (p[1], long.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Runs the image to completion.</summary>
    public Task<ProcessResult> Run(params string[] arguments) =>
        DockerEngine.RunToExit([Tag, .. arguments], timeout: TimeSpan.FromMinutes(2));

    /// <summary>Starts the image in the background with its port 8080 published on loopback; returns the base URL.</summary>
    public async Task<Uri> Start(int containerPort = 8080)
    {
        var port = FreePort();
        var result = await DockerEngine.Docker(["run", "-d", "-p", $"127.0.0.1:{port}:{containerPort}", Tag]);
        Assert.True(result.Succeeded, result.ToString());
        _containers.Add(result.Output.Trim().Split('\n')[^1]);
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Runs a command in the container started last (<see cref="Start"/>).</summary>
    public Task<ProcessResult> Exec(params string[] command) =>
        DockerEngine.Docker(["exec", _containers[^1], .. command], timeout: TimeSpan.FromMinutes(1));

    /// <summary>
    /// Creates the project with <c>dotnet new</c> in the workspace, then adds the package (as <c>dotnet add package</c>
    /// would) and this scenario's ContainerRepository to <paramref name="projectFile"/>.
    /// </summary>
    public async Task NewProject(string projectFile, params string[] newArguments)
    {
        var created = await Workspace.Dotnet(".", ["new", .. newArguments, "--no-restore"]);
        Assert.True(created.Succeeded, created.ToString());
        var text = Workspace.Read(projectFile);
        Workspace.Write(projectFile, text.Replace("</Project>", $"""
              <PropertyGroup>
                {ContainerRepositoryProperty}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Slim.Docker.Build" Version="{Workspace.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));
    }

    /// <summary>GET with retries while the app starts; fails with the container's log if it never answers.</summary>
    public Task<(HttpStatusCode Status, string Body)> Get(Uri url) => GetWhenUp(url, _containers.Count > 0 ? _containers[^1] : null);

    /// <summary>GET with retries for up to a minute while an app starts; fails with the container's log if it never answers.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetWhenUp(Uri url, string? container)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync(url);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                last = exception;
                await Task.Delay(500);
            }
        }

        var logs = container is null ? "" : (await DockerEngine.Docker(["logs", container])).Output;
        throw new InvalidOperationException($"{url} never answered: {last?.Message}\ncontainer log:\n{logs}");
    }

    /// <summary>Every file of an image with its size, read from <c>docker export</c> (works without a shell).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> Files(string image)
    {
        // A dummy command: base images have none, and the container is only exported, never started.
        var create = await DockerEngine.Docker(["create", image, "/sdb-export-only"]);
        Assert.True(create.Succeeded, create.ToString());
        var id = create.Output.Trim().Split('\n')[^1];
        var tar = Path.Combine(Path.GetTempPath(), $"sdb-export-{Guid.NewGuid():N}.tar");
        try
        {
            var export = await DockerEngine.Docker(["export", "-o", tar, id]);
            Assert.True(export.Succeeded, export.ToString());
            var files = new Dictionary<string, long>(StringComparer.Ordinal);
            await using var stream = File.OpenRead(tar);
            using var reader = new TarReader(stream);
            while (reader.GetNextEntry() is { } entry)
            {
                files["/" + entry.Name.TrimStart('.', '/').TrimEnd('/')] = entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile ? entry.Length : 0;
            }

            return files;
        }
        finally
        {
            File.Delete(tar);
            await DockerEngine.Docker(["rm", id]);
        }
    }

    /// <summary>The final stage's base image, from the Dockerfile.</summary>
    public string FinalBaseImage => Dockerfile.Stages()[^1][0].Arguments.Split(' ')[0];

    /// <summary>
    /// The final image holds no SDK, runs as 1654 by its config, and is no larger than its base plus the
    /// publish output plus 2 MB.
    /// </summary>
    public async Task AssertSlimFinalImage(bool distroless = true)
    {
        var image = await Files(Tag);
        var baseImage = await Files(FinalBaseImage);

        Assert.DoesNotContain(image.Keys, f => f.Contains("/dotnet/sdk/", StringComparison.Ordinal) || f.EndsWith("/dotnet/sdk", StringComparison.Ordinal));
        if (distroless)
        {
            Assert.DoesNotContain(image.Keys, f => f is "/bin/sh" or "/usr/bin/sh" or "/bin/bash" or "/usr/bin/bash" or "/bin/dash" or "/usr/bin/dash");
        }

        var appBytes = image.Where(f => f.Key.StartsWith("/app/", StringComparison.Ordinal)).Sum(f => f.Value);
        Assert.True(appBytes > 0, "The image has no /app content.");
        var extra = image.Values.Sum() - baseImage.Values.Sum() - appBytes;
        Assert.True(extra <= 2 * 1024 * 1024, $"The final image is {extra} bytes larger than base + publish output ({appBytes} bytes).");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var container in _containers)
        {
            await DockerEngine.Docker(["rm", "-f", container]);
        }

        await DockerEngine.Docker(["rmi", "-f", Tag, .. _tags]);
        Workspace.Dispose();
    }
}
