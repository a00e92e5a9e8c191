using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

public class CheckModeTests
{
    private static readonly string ShippedTemplates = Generated.ShippedTemplates;

    private static GenerationResult Generate(ProjectFacts facts, bool check) =>
        DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = new GenerationOptions { Check = check ? "true" : "" }.ApplyTo(facts),
            ToolVersion = "1.0.0",
            ShippedTemplatesDirectory = ShippedTemplates,
        });

    private static string[] Snapshot(TempDirectory temp) =>
        Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => f + ":" + File.GetLastWriteTimeUtc(f).Ticks + ":" + Convert.ToHexString(File.ReadAllBytes(f)))
            .ToArray();

    [Fact]
    public void Up_to_date_files_pass_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        Generate(Facts.Console(projectPath: app), check: false);
        var before = Snapshot(temp);

        var result = Generate(Facts.Console(projectPath: app), check: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Files, f => Assert.Equal(WriteOutcome.Unchanged, f.Outcome));
        Assert.Equal(before, Snapshot(temp));
    }

    [Fact]
    public void Missing_files_fail_with_SDB2004_and_are_not_created()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        var result = Generate(Facts.Console(projectPath: app), check: true);

        Assert.False(result.Succeeded);
        Assert.Equal(["SDB2004", "SDB2004"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(["App.csproj"], Directory.GetFiles(temp["App"]).Select(Path.GetFileName));
    }

    [Fact]
    public void An_out_of_date_generated_file_fails_with_SDB2004_and_shows_the_difference()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        Generate(Facts.Console(projectPath: app), check: false);
        var before = Snapshot(temp);

        // The project changed: it is now invariant, so the base image loses -extra.
        var result = Generate(Facts.Console(projectPath: app) with { InvariantGlobalization = "true" }, check: true);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SDB2004", error.Code);
        Assert.Equal(temp["App/Dockerfile"], error.File);
        Assert.Contains("-FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra AS final", error.Message);
        Assert.Contains("+FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled AS final", error.Message);
        Assert.Equal(before, Snapshot(temp));
    }

    [Fact]
    public void A_hand_edited_file_that_no_longer_matches_only_warns_with_SDB2005()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        Generate(Facts.Console(projectPath: app), check: false);
        File.AppendAllText(temp["App/Dockerfile"], "HEALTHCHECK NONE\n");

        var result = Generate(Facts.Console(projectPath: app), check: true);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("SDB2005", warning.Code);
        Assert.Contains("-HEALTHCHECK NONE", warning.Message);
        Assert.False(File.Exists(temp["App/Dockerfile.generated"]));
    }

    [Fact]
    public void A_check_value_that_is_not_a_boolean_is_SDB1009()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        var result = DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = (new GenerationOptions { Check = "yes" }).ApplyTo(Facts.Console(projectPath: app)),
            ShippedTemplatesDirectory = ShippedTemplates,
        });

        Assert.Equal("SDB1009", Assert.Single(result.Diagnostics).Code);
        Assert.Contains("SlimDockerfileCheck", result.Diagnostics[0].Message);
        Assert.False(File.Exists(temp["App/Dockerfile"]));
    }

    [Fact]
    public void The_diff_marks_changed_lines_with_context()
    {
        var diff = LineDiff.Unified("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nX\ne\nf\ng\n");

        Assert.Equal(" b\n c\n-d\n+X\n e\n f\n", diff);
    }
}
