using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Issue 8: libraries and test projects are skipped in a solution build and refused alone; Blazor WebAssembly says what it is.</summary>
public class ProjectKindsTests
{
    private static readonly Dictionary<string, string> SolutionBuild = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CurrentSolutionConfigurationContents"] = "<SolutionConfiguration />",
        ["SolutionPath"] = "/repo/All.slnx",
        ["Configuration"] = "Release",
    };

    private static GenerationResult Generate(TempDirectory temp, ProjectFacts facts) =>
        DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = facts with { ProjectPath = temp.Write("Lib/Lib.csproj", "<Project />") },
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
        });

    public static TheoryData<string, string> NotApps => new()
    {
        { "library", "a class library (OutputType Library)" },
        { "test", "a test project (IsTestProject=true)" },
        { "not-publishable", "not publishable (IsPublishable=false)" },
    };

    private static ProjectFacts Kind(string kind) => kind switch
    {
        "library" => Facts.Console() with { OutputType = "Library", TargetFramework = "netstandard2.0", TargetFrameworkIdentifier = ".NETStandard", TargetFrameworkVersion = "v2.0" },
        "test" => Facts.Console().WithProperty(KnownStrings.ProjectProperties.IsTestProject, "true"),
        _ => Facts.Console().WithProperty(KnownStrings.ProjectProperties.IsPublishable, "false"),
    };

    [Theory]
    [MemberData(nameof(NotApps))]
    public void In_a_solution_build_a_project_that_is_no_app_is_skipped_with_one_line_and_no_diagnostic(string kind, string what)
    {
        using var temp = new TempDirectory();

        var result = Generate(temp, Kind(kind) with { GlobalProperties = SolutionBuild });

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Files);
        Assert.Equal($"Lib.csproj: {what}, not an app to put in a container.", result.Skipped);
        Assert.Equal([temp["Lib/Lib.csproj"]], Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(NotApps))]
    public void A_traversal_says_so_with_SlimDockerfileSkipNonApps(string kind, string what)
    {
        using var temp = new TempDirectory();

        var result = Generate(temp, Kind(kind).WithProperty(KnownStrings.SlimProperties.SkipNonApps, "true"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains(what, result.Skipped);
    }

    [Theory]
    [InlineData("test", "IsTestProject=true")]
    [InlineData("not-publishable", "IsPublishable=false")]
    public void A_test_project_or_unpublishable_project_alone_is_SDB1041(string kind, string named)
    {
        var error = Generated.SingleError(Kind(kind), "SDB1041");
        Assert.Contains(named, error.Message);
        Assert.Contains("app project", error.Message);
    }

    [Fact]
    public void A_library_alone_is_still_SDB1007()
    {
        Generated.SingleError(Facts.Console() with { OutputType = "Library" }, "SDB1007");
    }

    [Fact]
    public void An_app_in_a_solution_build_is_generated()
    {
        using var temp = new TempDirectory();

        var result = Generate(temp, Facts.Web() with { GlobalProperties = SolutionBuild });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Skipped);
        Assert.True(File.Exists(temp["Lib/Dockerfile"]));
    }

    [Fact]
    public void A_browser_wasm_RID_without_the_Blazor_WebAssembly_SDK_is_SDB1005_and_says_what_becomes_an_image()
    {
        var error = Generated.SingleError(Facts.Web() with { RuntimeIdentifier = "browser-wasm" }, "SDB1005");

        Assert.Contains("WebAssembly RID", error.Message);
        Assert.Contains("standalone Blazor WebAssembly app", error.Message);
        Assert.DoesNotContain("remove the RID", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
