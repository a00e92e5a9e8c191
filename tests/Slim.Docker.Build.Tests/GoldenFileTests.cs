using System.Text;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Reporting;
using Slim.Docker.Build.Tests.Golden;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// The golden-file matrix (Golden/GoldenScenarios.cs): the Dockerfile, the .dockerignore and the build log of every
/// scenario, byte for byte. An intended change of output is accepted with 'bash build/accept-golden.sh'.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Scenarios => new(GoldenScenarios.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Generated_files_match_the_golden_files_and_pass_check_mode(string name)
    {
        var scenario = GoldenScenarios.All.Single(s => s.Name == name);
        using var repository = new GoldenRepository();
        var request = scenario.Arrange(repository);

        var result = DockerfileGenerator.Generate(request);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Files, f => Assert.Equal(WriteOutcome.Created, f.Outcome));
        // The Dockerfile comes first, then the .dockerignore, then any other file (nginx.conf, compose.yaml).
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Dockerfile"] = File.ReadAllText(result.Files[0].Path),
            [".dockerignore"] = File.ReadAllText(result.Files[1].Path),
            ["log.txt"] = Log(result, repository),
        };
        foreach (var file in result.Files.Skip(2))
        {
            files[Path.GetFileName(file.Path)] = File.ReadAllText(file.Path);
        }

        GoldenFiles.Verify(scenario.Name, files);

        // Check mode, run over what was just written, agrees: the same request generates the same bytes.
        var check = DockerfileGenerator.Generate(request with { Project = request.Project.WithProperty(KnownStrings.SlimProperties.Check, "true") });
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        Assert.DoesNotContain(check.Diagnostics, d => d.Code is "SDB2004" or "SDB2005");
    }

    [Fact]
    public void Every_golden_folder_belongs_to_a_scenario_and_names_are_unique()
    {
        var names = GoldenScenarios.All.Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        var folders = Directory.GetDirectories(GoldenFiles.Directory).Select(Path.GetFileName).ToList();
        Assert.Empty(folders.Except(names));
    }

    /// <summary>The build log: every diagnostic and the size report, with the temporary paths replaced by placeholders.</summary>
    private static string Log(GenerationResult result, GoldenRepository repository)
    {
        var log = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            log.Append(diagnostic).Append('\n');
        }

        log.Append(SizeReport.Describe(result.Model!)).Append('\n');
        return log.ToString()
            .Replace(repository.Root, "<repo>", StringComparison.Ordinal)
            .Replace(NativePackages.Root.TrimEnd('/'), "<nuget>", StringComparison.Ordinal);
    }
}
