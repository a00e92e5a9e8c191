using System.Text.Json;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>
/// SlimDockerfileNuGetConfigSecret on the real engine: restore works only through the nuget.config given as a
/// BuildKit secret, and the credential in it reaches no layer, config or history of the image or its build stage.
/// </summary>
public class NuGetConfigSecretTests(PackageFixture package, DockerEngine docker)
{
    /// <summary>The part of the header's build command the user points at their own file.</summary>
    private const string HeaderSecretSource = "src=\"$HOME/.nuget/NuGet/NuGet.Config\"";

    private const string SecretFile = "/run/secrets/nugetconfig";

    [Fact]
    public async Task Restore_reads_the_feed_from_the_secret_and_no_layer_or_history_keeps_its_password()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "nugetsecret", "App");
        var password = $"s3cr3t-{Guid.NewGuid():N}";
        var marker = $"sdb-marker-{Guid.NewGuid():N}";
        var buildStageTag = scenario.Tag + "-build";
        var secretDirectory = Path.Combine(package.Root, $"secret-{Guid.NewGuid():N}");

        // The context's nuget.config names the feed by its host path: the generator copies that folder into the
        // restore layer (/src/local-feed), but the host path does not exist inside the build, so restore there
        // succeeds only if it reads the secret, which names the copy by its path in the build stage.
        var feed = scenario.Workspace[Workspace.FeedFolder];
        scenario.Workspace.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        scenario.Workspace.Project("App/App.csproj",
            properties: scenario.ContainerRepositoryProperty + "<SlimDockerfileNuGetConfigSecret>true</SlimDockerfileNuGetConfigSecret>");
        scenario.Workspace.Write("App/Program.cs", Apps.Console + $"\n// {marker}\n");

        // Outside the build context, as the header asks: COPY . . would otherwise put it in the build stage.
        Directory.CreateDirectory(secretDirectory);
        var secret = Path.Combine(secretDirectory, "NuGet.Config");
        File.WriteAllText(secret, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="private" value="/src/{Workspace.FeedFolder}" />
              </packageSources>
              <packageSourceCredentials>
                <private>
                  <add key="Username" value="sdb-test" />
                  <add key="ClearTextPassword" value="{password}" />
                </private>
              </packageSourceCredentials>
            </configuration>
            """);
        string WithTestSecret(string command)
        {
            Assert.Contains(HeaderSecretSource, command);
            return command.Replace(HeaderSecretSource, $"src='{secret}'", StringComparison.Ordinal);
        }

        try
        {
            await scenario.Generate();
            var restore = scenario.Dockerfile.All("RUN").First();
            Assert.Equal(["--mount=type=secret,id=nugetconfig,required=true"], restore.Flags);
            Assert.Contains($"--configfile {SecretFile} ", restore.Arguments);

            // Without the secret first: BuildKit leaves secrets out of the cache key, so once a build with the
            // secret succeeded, its cached restore layer would be reused without asking for the secret.
            var (withoutCommand, without) = await scenario.TryBuild(edit: c =>
            {
                var start = c.IndexOf(" --secret ", StringComparison.Ordinal);
                Assert.True(start >= 0, c);
                var end = c.IndexOf(' ', start + " --secret ".Length);
                return c.Remove(start, end - start);
            });
            Assert.False(without.Succeeded, $"{withoutCommand}\n{without}");
            Assert.Contains("secret nugetconfig: not found", without.Output);

            var build = await scenario.Build(edit: WithTestSecret);
            var buildStage = await scenario.Build(edit: c =>
            {
                Assert.Contains($" -t {scenario.Tag} ", c);
                return WithTestSecret(c).Replace($" -t {scenario.Tag} ", $" --target build -t {buildStageTag} ", StringComparison.Ordinal);
            });
            var run = await scenario.Run();

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal("hello from console uid=1654", run.Output.Trim());
            await scenario.AssertSlimFinalImage();

            // Restore read the secret and nothing else (no nuget.config of the context), and used its source.
            var assets = await DockerEngine.RunToExit(["--entrypoint", "cat", buildStageTag, "/src/App/obj/project.assets.json"]);
            Assert.True(assets.Succeeded, assets.ToString());
            var restoreSettings = JsonDocument.Parse(assets.Output).RootElement.GetProperty("project").GetProperty("restore");
            Assert.Equal(new[] { SecretFile }, restoreSettings.GetProperty("configFilePaths").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(new[] { "/src/" + Workspace.FeedFolder }, restoreSettings.GetProperty("sources").EnumerateObject().Select(p => p.Name));

            // Every file of every layer, the configs and manifests of both images.
            var search = await SavedImages.Search([scenario.Tag, buildStageTag], [password, marker, "hello from console uid="]);
            var layers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var image in new[] { scenario.Tag, buildStageTag })
            {
                var rootfs = await DockerEngine.Docker(["image", "inspect", "--format", "{{range .RootFS.Layers}}{{println .}}{{end}}", image]);
                Assert.True(rootfs.Succeeded, rootfs.ToString());
                layers.UnionWith(rootfs.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            Assert.True(search.LayersSearched >= layers.Count, $"{search.LayersSearched} layers were searched, but the images have {layers.Count}.");
            Assert.Empty(search.Places(password));
            // The search does see inside layers: the sources in the build stage, the app in the final image.
            Assert.Contains(search.Places(marker), p => p.EndsWith("src/App/Program.cs", StringComparison.Ordinal));
            Assert.Contains(search.Places("hello from console uid="), p => p.EndsWith("app/App.dll", StringComparison.Ordinal));

            foreach (var image in new[] { scenario.Tag, buildStageTag })
            {
                var history = await DockerEngine.Docker(["history", "--no-trunc", image]);
                var inspect = await DockerEngine.Docker(["image", "inspect", image]);
                Assert.True(history.Succeeded, history.ToString());
                Assert.True(inspect.Succeeded, inspect.ToString());
                Assert.DoesNotContain(password, history.Output);
                Assert.DoesNotContain(password, inspect.Output);
            }

            Assert.DoesNotContain(password, build.Output);
            Assert.DoesNotContain(password, buildStage.Output);
        }
        finally
        {
            await DockerEngine.Docker(["rmi", "-f", buildStageTag]);
            Directory.Delete(secretDirectory, recursive: true);
        }
    }
}
