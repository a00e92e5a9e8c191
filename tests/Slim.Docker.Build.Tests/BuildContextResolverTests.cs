using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

public class BuildContextResolverTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\" />";

    private static BuildContextLayout Resolve(ProjectFacts facts, GenerationOptions? options = null)
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var layout = BuildContextResolver.Resolve((options ?? new GenerationOptions()).ApplyTo(facts), diagnostics);
        Assert.Empty(diagnostics);
        return layout!;
    }

    private static string[] Inputs(BuildContextLayout layout) =>
        layout.RestoreInputs.SelectMany(g => g.Files).ToArray();

    [Fact]
    public void A_lone_project_is_its_own_context()
    {
        using var temp = new TempDirectory();
        var project = temp.Write("App/App.csproj", Project);

        var layout = Resolve(Facts.Console(projectPath: project));

        Assert.Equal(temp["App"], layout.ContextDirectory);
        Assert.Equal("App.csproj", layout.ProjectPath);
        Assert.Equal(["App.csproj"], Inputs(layout));
        Assert.Equal(temp["App/Dockerfile"], layout.DockerfilePath);
        Assert.Equal(temp["App/.dockerignore"], layout.DockerIgnorePath);
    }

    [Fact]
    public void A_solution_context_is_the_common_root_of_projects_and_settings()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("Directory.Build.props", "<Project />");
        temp.Write("Directory.Packages.props", "<Project />");
        temp.Write("NuGet.Config", "<configuration />");
        temp.Write("global.json", "{}");
        var app = temp.Write("src/App/App.csproj", Project);
        temp.Write("src/App/packages.lock.json", "{}");
        var lib = temp.Write("libs/Lib/Lib.csproj", Project);
        var shared = temp.Write("libs/Shared/Shared.csproj", Project);

        var layout = Resolve(Facts.Console(projectPath: app) with { ProjectReferences = [lib, shared] });

        Assert.Equal(temp.Path, layout.ContextDirectory);
        Assert.Equal("src/App/App.csproj", layout.ProjectPath);
        Assert.Equal(
            ["Directory.Build.props", "Directory.Packages.props", "NuGet.Config", "global.json",
             "libs/Lib/Lib.csproj", "libs/Shared/Shared.csproj", "src/App/App.csproj", "src/App/packages.lock.json"],
            Inputs(layout));
        // Settings first (one COPY per folder), then projects.
        Assert.Equal(["./", "libs/Lib/", "libs/Shared/", "src/App/"], layout.RestoreInputs.Select(g => g.Destination));
    }

    [Fact]
    public void Only_the_nearest_directory_build_props_counts_unless_it_imports_the_next_one()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("Directory.Build.props", "<Project />");
        temp.Write("src/Directory.Build.props", "<Project />");
        var app = temp.Write("src/App/App.csproj", Project);

        Assert.Equal(["Directory.Build.props", "App/App.csproj"], Inputs(Resolve(Facts.Console(projectPath: app))));

        temp.Write("src/Directory.Build.props",
            "<Project><Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" /></Project>");
        var chained = Resolve(Facts.Console(projectPath: app));

        Assert.Equal(temp.Path, chained.ContextDirectory);
        Assert.Equal(["Directory.Build.props", "src/Directory.Build.props", "src/App/App.csproj"], Inputs(chained));
    }

    [Fact]
    public void Nuget_configs_above_a_clear_or_outside_the_repository_are_not_inputs()
    {
        using var temp = new TempDirectory();
        temp.Write("nuget.config", "<configuration />");
        Directory.CreateDirectory(temp["repo/.git"]);
        temp.Write("repo/nuget.config", "<configuration />");
        temp.Write("repo/src/nuget.config", "<configuration><packageSources><clear /></packageSources></configuration>");
        var app = temp.Write("repo/src/App/App.csproj", Project);

        var layout = Resolve(Facts.Console(projectPath: app));

        Assert.Equal(temp["repo/src"], layout.ContextDirectory);
        Assert.Equal(["nuget.config", "App/App.csproj"], Inputs(layout));

        temp.Write("repo/src/nuget.config", "<configuration />");
        var merged = Resolve(Facts.Console(projectPath: app));
        Assert.Equal(temp["repo"], merged.ContextDirectory);
        Assert.Equal(["nuget.config", "src/nuget.config", "src/App/App.csproj"], Inputs(merged));
    }

    [Fact]
    public void Local_folder_feeds_named_by_a_nuget_config_are_restore_inputs()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        Directory.CreateDirectory(temp["packages/feed"]);
        temp.Write("nuget.config", """
            <configuration><packageSources>
              <add key="local" value="packages/feed" />
              <add key="missing" value="nowhere" />
              <add key="remote" value="https://example.invalid/v3/index.json" />
            </packageSources></configuration>
            """);
        var app = temp.Write("src/App/App.csproj", Project);

        var layout = Resolve(Facts.Console(projectPath: app));

        Assert.Equal(temp.Path, layout.ContextDirectory);
        Assert.Equal(["nuget.config", "packages/feed", "src/App/App.csproj"], Inputs(layout));
        Assert.Equal("packages/feed/", layout.RestoreInputs[1].Destination);
    }

    [Fact]
    public void Output_path_and_context_can_be_chosen()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("src/App/App.csproj", Project);

        var layout = Resolve(Facts.Console(projectPath: app), new GenerationOptions { DockerfilePath = "../../docker/App.Dockerfile", ContextDirectory = "../.." });

        Assert.Equal(temp.Path, layout.ContextDirectory);
        Assert.Equal(temp["docker/App.Dockerfile"], layout.DockerfilePath);
        Assert.Equal("src/App/App.csproj", layout.ProjectPath);
    }

    [Fact]
    public void A_context_folder_that_does_not_exist_is_SDB1013()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", Project);
        var diagnostics = new DiagnosticBag("/repo/App.csproj");

        Assert.Null(BuildContextResolver.Resolve(new GenerationOptions { ContextDirectory = "missing" }.ApplyTo(Facts.Console(projectPath: app)), diagnostics));
        Assert.Equal("SDB1013", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_context_that_misses_a_restore_input_is_SDB1012_naming_it()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("src/App/App.csproj", Project);
        var lib = temp.Write("libs/Lib/Lib.csproj", Project);
        var diagnostics = new DiagnosticBag("/repo/App.csproj");

        Assert.Null(BuildContextResolver.Resolve(new GenerationOptions { ContextDirectory = ".." }.ApplyTo(Facts.Console(projectPath: app) with { ProjectReferences = [lib] }), diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB1012", error.Code);
        Assert.Contains(lib, error.Message);
    }

    [Fact]
    public void A_backslash_in_a_linux_folder_name_stays_part_of_the_name()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "On Windows '\\' is the directory separator.");
        using var temp = new TempDirectory();
        var project = temp.Write("src/My\\App/App.csproj", Project);
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("nuget.config", "<configuration />");

        var layout = Resolve(Facts.Console(projectPath: project));

        Assert.Equal("src/My\\App/App.csproj", layout.ProjectPath);
        Assert.Equal("src/My\\App/", layout.RestoreInputs[^1].Destination);
    }

    [Theory]
    [InlineData("[Old]")]
    [InlineData("v*")]
    [InlineData("what?")]
    [InlineData("two\nlines")]
    [InlineData("escape\u001b")]
    public void A_restore_input_whose_path_COPY_cannot_take_literally_is_SDB1036(string folder)
    {
        using var temp = new TempDirectory();
        var project = temp.Write($"{folder}/App.csproj", Project);
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("nuget.config", "<configuration />");

        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var layout = BuildContextResolver.Resolve(Facts.Console(projectPath: project), diagnostics);

        Assert.Null(layout);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB1036", error.Code);
        Assert.Contains("wildcards", error.Message);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_reference_that_does_not_exist_is_SDB1045_naming_it()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("src/App/App.csproj", Project);

        var error = Generated.SingleError(Facts.Console(projectPath: app) with { ProjectReferences = ["../Gone/Gone.csproj"] }, "SDB1045");

        Assert.Contains("Gone/Gone.csproj'", error.Message);
    }

    [Theory]
    [InlineData(KnownStrings.SlimProperties.OutputPath)]
    [InlineData(KnownStrings.SlimProperties.Context)]
    public void A_path_property_that_cannot_be_a_path_is_SDB1046(string property)
    {
        using var temp = new TempDirectory();
        var app = temp.Write("src/App/App.csproj", Project);

        var error = Generated.SingleError(Facts.Console(projectPath: app).WithProperty(property, "docker\0file"), "SDB1046");

        Assert.Contains(property, error.Message);
        Assert.Contains("\\u0000", error.Message);
    }

    [Fact]
    public void An_output_path_that_names_a_folder_gets_a_Dockerfile_in_it()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("src/App/App.csproj", Project);
        Directory.CreateDirectory(temp[".git"]);

        var layout = Resolve(Facts.Console(projectPath: app), new GenerationOptions { DockerfilePath = "../../docker/" });

        Assert.Equal(temp["docker/Dockerfile"], layout.DockerfilePath);
    }

    [Fact]
    public void An_output_path_outside_the_repository_is_SDB1047_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["repo/.git"]);
        var app = temp.Write("repo/src/App/App.csproj", Project);

        var error = Generated.SingleError(Facts.Console(projectPath: app), "SDB1047", new GenerationOptions { DockerfilePath = "../../../elsewhere/Dockerfile" });

        Assert.Contains("outside the repository", error.Message);
        Assert.False(Directory.Exists(temp["elsewhere"]));
    }
}
