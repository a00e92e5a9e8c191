using System.Runtime.Versioning;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Two outputs that lead to one file are an error before anything is written, in write and check mode.</summary>
public class OutputCollisionTests
{
    private static GenerationResult Generate(ProjectFacts facts, string dockerfilePath, bool check = false) =>
        DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = new GenerationOptions { DockerfilePath = dockerfilePath, Check = check ? "true" : "" }.ApplyTo(facts),
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
            ToolVersion = "1.0.0",
        });

    /// <summary>A repository whose build context is its root (the nuget.config there), with the app one folder down.</summary>
    private static (TempDirectory Temp, ProjectFacts Facts) Repository()
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("nuget.config", "<configuration />");
        var app = temp.Write("App/App.csproj", "<Project />");
        return (temp, Facts.Console(projectPath: app));
    }

    private static string[] Snapshot(TempDirectory temp) =>
        Directory.GetFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => f + ":" + (File.Exists(f) ? Convert.ToHexString(File.ReadAllBytes(f)) : "dir"))
            .ToArray();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_dockerfile_path_that_is_the_dockerignore_is_SDB2008_and_nothing_is_written(bool check)
    {
        var (temp, facts) = Repository();
        using var _ = temp;
        var before = Snapshot(temp);

        var result = Generate(facts, "../.dockerignore", check);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SDB2008", error.Code);
        Assert.Contains($"'{temp[".dockerignore"]}'", error.Message);
        Assert.Contains("SlimDockerfileOutputPath", error.Message);
        Assert.All(result.Files, f => Assert.Equal(WriteOutcome.Failed, f.Outcome));
        Assert.Equal(before, Snapshot(temp));
    }

    [Fact]
    public void A_collision_never_replaces_a_generated_dockerfile_already_there()
    {
        var (temp, facts) = Repository();
        using var _ = temp;
        Assert.True(Generate(facts, "").Succeeded);
        File.Move(temp["App/Dockerfile"], temp[".dockerignore"], overwrite: true);
        var before = Snapshot(temp);

        var result = Generate(facts, "../.dockerignore");

        Assert.Equal("SDB2008", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Equal(before, Snapshot(temp));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    [UnsupportedOSPlatform("windows")]
    public void A_dockerfile_that_links_to_the_dockerignore_is_SDB2008(bool check)
    {
        UnixOnly.SkipOnWindows();
        var (temp, facts) = Repository();
        using var _ = temp;
        Assert.True(Generate(facts, "").Succeeded);
        File.Delete(temp["App/Dockerfile"]);
        File.CreateSymbolicLink(temp["App/Dockerfile"], "../.dockerignore");
        var before = Snapshot(temp);

        var result = Generate(facts, "", check);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SDB2008", error.Code);
        Assert.Contains($"'{temp["App/Dockerfile"]}'", error.Message);
        Assert.Equal(before, Snapshot(temp));
        Assert.Equal("../.dockerignore", new FileInfo(temp["App/Dockerfile"]).LinkTarget);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_folder_link_that_leads_to_the_same_file_is_a_collision_too()
    {
        UnixOnly.SkipOnWindows();
        var (temp, facts) = Repository();
        using var _ = temp;
        Directory.CreateSymbolicLink(temp["App/root"], "..");

        var result = Generate(facts, "root/.dockerignore");

        Assert.Equal("SDB2008", Assert.Single(result.Diagnostics).Code);
        Assert.False(File.Exists(temp[".dockerignore"]));
    }

    [Fact]
    public void Names_that_differ_only_in_case_are_two_files_on_Linux()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Only Linux file systems are case-sensitive by default.");
        var (temp, facts) = Repository();
        using var _ = temp;

        var result = Generate(facts, "../.DockerIgnore");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(temp[".DockerIgnore"]));
        Assert.True(File.Exists(temp[".dockerignore"]));
        Assert.NotEqual(File.ReadAllText(temp[".DockerIgnore"]), File.ReadAllText(temp[".dockerignore"]));
    }
}
