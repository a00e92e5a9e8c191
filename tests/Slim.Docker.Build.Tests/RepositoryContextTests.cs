using Slim.Docker.Build.Context;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// Issue 8: the build context is the repository, never more. An input outside it is SDB1038 and nothing is written;
/// feeds under bin/ are re-included; apps that share a context write one .dockerignore.
/// </summary>
public class RepositoryContextTests
{
    private static string NuGetConfig(string feed) => $"""
        <configuration>
          <packageSources>
            <add key="local" value="{feed}" />
          </packageSources>
        </configuration>
        """;

    private static GenerationResult Generate(ProjectFacts facts, GenerationOptions? options = null) =>
        DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = (options ?? new GenerationOptions()).ApplyTo(facts),
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
            ToolVersion = "1.0.0",
        });

    /// <summary>Every file under <paramref name="root"/>, relative, except the repository's own.</summary>
    private static List<string> FilesOutside(string root, string repository) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !PathUtilities.IsUnder(f, repository))];

    [Theory]
    [InlineData("absolute")]
    [InlineData("relative")]
    public void A_feed_outside_the_repository_is_SDB1038_and_nothing_is_written(string form)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["repo/.git"]);
        temp.Write("feed/Contoso.1.0.0.nupkg", "x");
        temp.Write("repo/nuget.config", NuGetConfig(form == "absolute" ? temp["feed"] : "../feed"));
        var project = temp.Write("repo/src/Api/Api.csproj", "<Project />");

        var result = Generate(Facts.Web(projectPath: project));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SDB1038", error.Code);
        Assert.Contains(temp["feed"], error.Message);
        Assert.Contains("Move the feed into the repository", error.Message);
        Assert.Contains("SlimDockerfileContext", error.Message);
        Assert.Equal(temp["repo/nuget.config"], error.File);
        Assert.Empty(result.Files);
        Assert.Equal([temp["feed/Contoso.1.0.0.nupkg"]], FilesOutside(temp.Path, temp["repo"]));
        Assert.False(File.Exists(temp["repo/.dockerignore"]));
    }

    [Theory]
    [InlineData("../../../client/")]
    [InlineData("/")]
    public void A_front_end_outside_the_repository_is_SDB1038_and_nothing_is_written(string spaRoot)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["repo/.git"]);
        temp.Write("client/package.json", "{}");
        var project = temp.Write("repo/src/Api/Api.csproj", "<Project />");

        var result = Generate(Facts.Web(projectPath: project).WithProperty(KnownStrings.ProjectProperties.SpaRoot, spaRoot));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SDB1038", error.Code);
        Assert.Contains("front end", error.Message);
        Assert.Contains("SlimDockerfileContext", error.Message);
        Assert.Empty(result.Files);
        Assert.Equal([temp["client/package.json"]], FilesOutside(temp.Path, temp["repo"]));
    }

    [Fact]
    public void A_crafted_assets_file_naming_etc_passwd_is_SDB1038()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["repo/.git"]);
        var project = temp.Write("repo/src/Api/Api.csproj", "<Project />");
        var assets = temp.Write("repo/src/Api/obj/project.assets.json", """
            { "version": 3, "targets": { "net10.0": {} },
              "libraries": { "Evil/1.0.0": { "type": "project", "path": "/etc/passwd", "msbuildProject": "/etc/passwd" } } }
            """);

        var result = Generate(Facts.Web(projectPath: project) with { ProjectAssetsFile = assets });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SDB1038", error.Code);
        Assert.Contains("'/etc/passwd'", error.Message);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_project_reference_outside_the_repository_is_SDB1038_unless_SlimDockerfileContext_holds_it()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["repo/.git"]);
        var project = temp.Write("repo/src/Api/Api.csproj", "<Project />");
        var outside = temp.Write("other/Lib/Lib.csproj", "<Project />");
        var facts = Facts.Web(projectPath: project) with { ProjectReferences = [outside] };

        var refused = Generate(facts);
        var widened = Generate(facts, new GenerationOptions { ContextDirectory = "../../.." });

        Assert.Equal("SDB1038", Assert.Single(refused.Diagnostics, d => d.IsError).Code);
        Assert.Contains(outside, refused.Diagnostics.Single().Message);
        Assert.True(widened.Succeeded, string.Join("\n", widened.Diagnostics));
        Assert.Contains("# It is the folder SlimDockerfileContext names.", File.ReadAllText(temp["repo/src/Api/Dockerfile"]));
    }

    [Fact]
    public void SlimDockerfileContext_at_the_file_system_root_is_SDB1043()
    {
        using var temp = new TempDirectory();
        var project = temp.Write("repo/Api/Api.csproj", "<Project />");

        var result = Generate(Facts.Web(projectPath: project), new GenerationOptions { ContextDirectory = "/" });

        Assert.Equal("SDB1043", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void The_repository_is_the_git_folder_else_the_top_most_marker_else_the_project_folder()
    {
        using var temp = new TempDirectory();
        temp.Write("a/global.json", "{}");
        temp.Write("a/b/All.slnx", "<Solution />");
        temp.Write("a/b/c/Directory.Build.props", "<Project />");
        var project = temp.Write("a/b/c/d/App.csproj", "<Project />");
        var lone = temp.Write("x/y/App.csproj", "<Project />");

        Assert.Equal(temp["a"], RepositoryRoot.Find(Path.GetDirectoryName(project)!));
        Assert.Equal(temp["x/y"], RepositoryRoot.Find(Path.GetDirectoryName(lone)!));
        Directory.CreateDirectory(temp["a/b/.git"]);
        Assert.Equal(temp["a/b"], RepositoryRoot.Find(Path.GetDirectoryName(project)!));
        Assert.True(RepositoryRoot.IsFileSystemRoot("/"));
        Assert.False(RepositoryRoot.IsFileSystemRoot(temp.Path));
    }

    [Fact]
    public void Settings_above_the_repository_are_not_read_so_the_context_stays_inside()
    {
        using var temp = new TempDirectory();
        temp.Write("nuget.config", NuGetConfig("feed"));
        temp.Write("feed/Contoso.1.0.0.nupkg", "x");
        temp.Write("repo/global.json", "{}");
        var project = temp.Write("repo/src/Api/Api.csproj", "<Project />");

        var result = Generate(Facts.Web(projectPath: project));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(temp["repo/.dockerignore"]));
        Assert.False(File.Exists(temp[".dockerignore"]));
    }

    [Fact]
    public void Without_git_or_another_marker_the_nearest_nuget_config_marks_the_repository()
    {
        // A scratch folder: a local feed beside App/, no .git, no solution (how a new user tries a package).
        using var temp = new TempDirectory();
        temp.Write("demo/NuGet.Config", NuGetConfig("local-feed"));
        temp.Write("demo/local-feed/Contoso.1.0.0.nupkg", "x");
        var project = temp.Write("demo/App/App.csproj", "<Project />");

        var result = Generate(Facts.Web(projectPath: project));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(temp["demo"], RepositoryRoot.Find(temp["demo/App"]));
        Assert.True(File.Exists(temp["demo/.dockerignore"]));
        var dockerfile = File.ReadAllText(temp["demo/App/Dockerfile"]);
        Assert.Contains("COPY [\"NuGet.Config\", \"./\"]", dockerfile);
        Assert.Contains("COPY [\"local-feed\", \"local-feed/\"]", dockerfile);
        Assert.False(File.Exists(temp[".dockerignore"]));
    }

    [Fact]
    public void The_home_folders_nuget_config_and_those_above_home_never_mark_a_repository()
    {
        using var temp = new TempDirectory();
        temp.Write("nuget.config", NuGetConfig("feed"));
        temp.Write("home/nuget.config", NuGetConfig("feed"));
        Directory.CreateDirectory(temp["home/src/App"]);
        temp.Write("home/demo/nuget.config", NuGetConfig("feed"));
        Directory.CreateDirectory(temp["home/demo/App"]);

        Assert.Equal(temp["home/src/App"], RepositoryRoot.Find(temp["home/src/App"], home: temp["home"]));
        Assert.Equal(temp["home/demo"], RepositoryRoot.Find(temp["home/demo/App"], home: temp["home"]));
        // When that folder is not the home folder, its nuget.config is the nearest and counts.
        Assert.Equal(temp["home"], RepositoryRoot.Find(temp["home/src/App"], home: "/nonexistent-home"));
    }

    [Fact]
    public void A_marker_wins_over_a_nuget_config_and_a_nuget_config_alone_is_not_a_marker_above_one()
    {
        using var temp = new TempDirectory();
        temp.Write("nuget.config", NuGetConfig("feed"));
        temp.Write("repo/Directory.Build.props", "<Project />");
        temp.Write("repo/src/nuget.config", NuGetConfig("feed"));
        Directory.CreateDirectory(temp["repo/src/Api"]);

        Assert.Equal(temp["repo"], RepositoryRoot.Find(temp["repo/src/Api"]));
    }

    [Fact]
    public void A_feed_in_a_bin_folder_is_copied_and_included_again_by_the_dockerignore()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("nuget.config", NuGetConfig("build/packages/bin/Release"));
        temp.Write("build/packages/bin/Release/Contoso.Greeting.1.0.0.nupkg", "x");
        var project = temp.Write("src/Api/Api.csproj", "<Project />");

        var result = Generate(Facts.Web(projectPath: project));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var ignore = File.ReadAllLines(temp[".dockerignore"]);
        Assert.Contains("**/bin/", ignore);
        Assert.Equal("!build/packages/bin/Release", ignore[^1]);
        var dockerfile = File.ReadAllText(temp["src/Api/Dockerfile"]);
        Assert.Contains("COPY [\"build/packages/bin/Release\", \"build/packages/bin/Release/\"]", dockerfile);
        Assert.Contains("#   build/packages/bin/Release (local package feed of nuget.config)", dockerfile);
    }

    [Fact]
    public void Apps_that_share_a_context_write_the_same_dockerignore_and_check_mode_passes_for_both()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("Directory.Build.props", "<Project />");
        temp.Write("nuget.config", NuGetConfig("build/packages/bin"));
        temp.Write("build/packages/bin/Contoso.1.0.0.nupkg", "x");
        // A feed only the worker's own nuget.config names: the API's .dockerignore still includes it.
        temp.Write("src/Worker/nuget.config", NuGetConfig("obj/feed"));
        temp.Write("src/Worker/obj/feed/Other.1.0.0.nupkg", "x");
        var api = Facts.Web(projectPath: temp.Write("src/Api/Api.csproj", "<Project />")) with { AssemblyName = "Api" };
        var worker = Facts.Console(projectPath: temp.Write("src/Worker/Worker.csproj", "<Project />")) with { AssemblyName = "Worker" };

        var first = Generate(api);
        var ignoreAfterApi = File.ReadAllText(temp[".dockerignore"]);
        var second = Generate(worker);

        Assert.True(first.Succeeded && second.Succeeded, string.Join("\n", first.Diagnostics.Concat(second.Diagnostics)));
        Assert.Equal(WriteOutcome.Unchanged, second.Files.Single(f => f.Path.EndsWith(".dockerignore", StringComparison.Ordinal)).Outcome);
        Assert.Equal(ignoreAfterApi, File.ReadAllText(temp[".dockerignore"]));
        Assert.DoesNotContain("Api", ignoreAfterApi, StringComparison.Ordinal);
        Assert.Contains("!build/packages/bin\n", ignoreAfterApi, StringComparison.Ordinal);
        Assert.Contains("!src/Worker/obj/feed\n", ignoreAfterApi, StringComparison.Ordinal);

        foreach (var app in new[] { api, worker })
        {
            var check = Generate(app.WithProperty(KnownStrings.SlimProperties.Check, "true"));
            Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
            Assert.DoesNotContain(check.Diagnostics, d => d.Code is "SDB2004" or "SDB2005");
        }
    }
}
