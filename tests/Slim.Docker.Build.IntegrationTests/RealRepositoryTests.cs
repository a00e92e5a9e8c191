using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>Issue 8 on tests/Fixtures/RealRepo (see <see cref="RealRepo"/>): the solution publish and check mode for every app.</summary>
public class RealRepositoryTests(PackageFixture package)
{
    private static readonly string Feed = RealRepo.Feed;

    private static readonly string[] AppDockerfiles = RealRepo.AppDockerfiles;

    private static Task<FixtureRepository> Create(PackageFixture package, string name) => RealRepo.Create(package, name);

    /// <summary>The generated files, to show that a later command left every byte alone.</summary>
    private static Dictionary<string, string> Snapshot(FixtureRepository repository) =>
        AppDockerfiles.Append(".dockerignore").ToDictionary(f => f, repository.Read);

    [Fact]
    public async Task Publishing_the_solution_writes_one_Dockerfile_per_app_skips_the_rest_and_check_mode_passes_for_all()
    {
        var repository = await Create(package, "slnx");

        var publish = await repository.Dotnet("publish", "RealRepo.slnx", "-p:GenerateSlimDockerfile=true");

        Assert.True(publish.Succeeded, publish.ToString());
        Assert.DoesNotContain("warning SDB", publish.Output);
        Assert.Equal(AppDockerfiles, repository.FilesNamed("Dockerfile"));
        Assert.Equal([".dockerignore"], repository.FilesNamed(".dockerignore"));
        Assert.Contains("Slim.Docker.Build: skipped Orders.Shared.csproj: a class library (OutputType Library), not an app to put in a container.", publish.Output);
        Assert.Contains("Slim.Docker.Build: skipped Orders.Tests.csproj: a test project (IsTestProject=true), not an app to put in a container.", publish.Output);

        var ignore = repository.Read(".dockerignore");
        Assert.Contains("**/bin/\n", ignore);
        Assert.EndsWith($"!{Feed}\n", ignore);
        Assert.DoesNotContain("Orders", ignore);
        foreach (var path in AppDockerfiles)
        {
            var text = repository.Read(path);
            var document = DockerfileDocument.Parse(text);
            Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble AS build", document.Stages()[0][0].Arguments);
            Assert.Contains(document.All("COPY"), c => c.Arguments == $"[\"{Feed}\", \"{Feed}/\"]");
            Assert.Contains($"#   {Feed} (local package feed of nuget.config)", text);
            foreach (var hostOnly in new[] { "Solution", "Platform", "NoBuild", "_IsPublishing", "CurrentSolutionConfigurationContents" })
            {
                Assert.DoesNotContain(hostOnly, text);
            }
        }

        var generated = Snapshot(repository);

        // CI: check mode for every app at once, through publish (also with --no-build) and through the regenerate target.
        var checkPublish = await repository.Dotnet("publish", "RealRepo.slnx", "-p:GenerateSlimDockerfile=true", "-p:SlimDockerfileCheck=true");
        var checkNoBuild = await repository.Dotnet("publish", "RealRepo.slnx", "--no-build", "-p:GenerateSlimDockerfile=true", "-p:SlimDockerfileCheck=true");
        var checkBuild = await repository.Dotnet("build", "RealRepo.slnx", "-t:GenerateSlimDockerfile", "-c", "Release", "-p:SlimDockerfileCheck=true");

        Assert.True(checkPublish.Succeeded, checkPublish.ToString());
        Assert.True(checkNoBuild.Succeeded, checkNoBuild.ToString());
        Assert.True(checkBuild.Succeeded, checkBuild.ToString());
        Assert.Contains("Slim.Docker.Build: skipped Orders.Tests.csproj", checkBuild.Output);
        Assert.Equal(generated, Snapshot(repository));
    }

    [Fact]
    public async Task A_classic_sln_and_a_traversal_project_generate_the_same_files_and_a_test_project_alone_is_SDB1041()
    {
        var repository = await Create(package, "sln");
        var first = await repository.Dotnet("publish", "RealRepo.slnx", "-p:GenerateSlimDockerfile=true");
        Assert.True(first.Succeeded, first.ToString());
        var generated = Snapshot(repository);

        // The same repository with a .sln, and with a traversal project, in check mode: same bytes.
        Assert.True((await repository.Dotnet("new", "sln", "--format", "sln", "--name", "Classic")).Succeeded);
        var add = await repository.Dotnet("sln", "Classic.sln", "add", "src/Orders.Api/Orders.Api.csproj", "src/Orders.Worker/Orders.Worker.csproj",
            "src/Orders.Shared/Orders.Shared.csproj", "tests/Orders.Tests/Orders.Tests.csproj");
        Assert.True(add.Succeeded, add.ToString());
        File.WriteAllText(repository["dirs.proj"], """
            <Project>
              <!-- A hand-written traversal: MSBuild cannot tell its projects from projects built alone, so it says so. -->
              <ItemGroup>
                <ProjectReference Include="src/*/*.csproj;tests/*/*.csproj" AdditionalProperties="SlimDockerfileSkipNonApps=true" />
              </ItemGroup>
              <Target Name="Restore">
                <MSBuild Projects="@(ProjectReference)" Targets="Restore" />
              </Target>
              <Target Name="Publish">
                <MSBuild Projects="@(ProjectReference)" Targets="Publish" />
              </Target>
            </Project>
            """);

        var sln = await repository.Dotnet("publish", "Classic.sln", "-p:GenerateSlimDockerfile=true", "-p:SlimDockerfileCheck=true");
        var traversal = await repository.Dotnet("publish", "dirs.proj", "-p:GenerateSlimDockerfile=true", "-p:SlimDockerfileCheck=true");
        var testAlone = await repository.Dotnet("publish", "tests/Orders.Tests", "-p:GenerateSlimDockerfile=true");

        Assert.True(sln.Succeeded, sln.ToString());
        Assert.Contains("Slim.Docker.Build: skipped Orders.Shared.csproj", sln.Output);
        Assert.True(traversal.Succeeded, traversal.ToString());
        Assert.Contains("Slim.Docker.Build: skipped Orders.Tests.csproj", traversal.Output);
        Assert.Equal(generated, Snapshot(repository));
        Assert.False(testAlone.Succeeded);
        Assert.Contains("error SDB1041", testAlone.Output);
        Assert.Equal(AppDockerfiles, repository.FilesNamed("Dockerfile"));
    }
}
