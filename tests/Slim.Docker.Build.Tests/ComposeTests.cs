using Slim.Docker.Build.Compose;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>compose.yaml (SlimDockerfileCompose=true): one service per app of the build context, whichever app wrote last.</summary>
public class ComposeTests
{
    private static GenerationResult Generate(ProjectFacts facts, bool check = false) =>
        DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = new GenerationOptions { Compose = "true", Check = check ? "true" : "" }.ApplyTo(facts),
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
            ToolVersion = "1.0.0",
        });

    /// <summary>A repository with two web apps and a worker, all on port 8080 or none, sharing the root as context.</summary>
    private static (TempDirectory Temp, ProjectFacts[] Apps) Repository()
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("nuget.config", "<configuration />");
        return (temp,
        [
            Facts.Web(projectPath: temp.Write("src/Orders/Orders.csproj", "<Project />")) with { AssemblyName = "Orders" },
            Facts.Web(projectPath: temp.Write("src/Billing/Billing.csproj", "<Project />")) with { AssemblyName = "Billing" },
            Facts.Console(projectPath: temp.Write("src/Jobs/Jobs.csproj", "<Project />")) with { AssemblyName = "Jobs" },
        ]);
    }

    [Fact]
    public void Every_app_keeps_the_others_services_and_the_file_does_not_depend_on_the_order()
    {
        var (temp, apps) = Repository();
        using var _ = temp;
        foreach (var app in apps)
        {
            Assert.True(Generate(app).Succeeded);
        }

        var forward = File.ReadAllText(temp["compose.yaml"]);
        foreach (var app in apps.Reverse())
        {
            Generate(app);
        }

        Assert.Equal(forward, File.ReadAllText(temp["compose.yaml"]));
        Assert.Equal(["billing", "jobs", "orders"], ServiceNames(forward));

        // Both web apps listen on 8080: the first in name order gets it on the host, the next the next free port.
        Assert.Contains("- \"8080:8080\"", forward);
        Assert.Contains("- \"8081:8080\"", forward);

        // Check mode passes for every app of the context at once.
        Assert.All(apps, app => Assert.DoesNotContain(Generate(app, check: true).Diagnostics, d => d.IsError || d.Code is "SDB2005"));
    }

    [Fact]
    public void An_app_that_changes_replaces_only_its_own_service()
    {
        var (temp, apps) = Repository();
        using var _ = temp;
        Generate(apps[0]);
        Generate(apps[2]);

        Generate(apps[0] with { ContainerPorts = [new ProjectItem("9000")] });

        var compose = File.ReadAllText(temp["compose.yaml"]);
        Assert.Equal(["jobs", "orders"], ServiceNames(compose));
        Assert.Contains("- \"9000:9000\"", compose);
        Assert.Single(compose.Split('\n'), l => l.Contains("\"Name\":\"orders\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_edited_compose_file_is_kept_and_the_merge_goes_next_to_it()
    {
        var (temp, apps) = Repository();
        using var _ = temp;
        Generate(apps[0]);
        File.AppendAllText(temp["compose.yaml"], "# my own note\n");

        var result = Generate(apps[1]);

        Assert.Contains(result.Diagnostics, d => d.Code == "SDB2001");
        Assert.EndsWith("# my own note\n", File.ReadAllText(temp["compose.yaml"]));
        Assert.Equal(["billing", "orders"], ServiceNames(File.ReadAllText(temp["compose.yaml.generated"])));
    }

    [Fact]
    public void A_data_line_that_is_no_longer_json_drops_that_service_until_its_app_generates_again()
    {
        var services = ComposeFile.Merge(
            "services:\n  # slim-docker-build-service: {broken\n  # slim-docker-build-service: null\n",
            new ComposeService("api", "src/Api/Dockerfile", "api", ["8080"], [], [], "none"));

        Assert.Equal(["api"], services.Select(s => s.Name));
    }

    [Fact]
    public void Parallel_apps_of_a_solution_all_end_up_in_the_file()
    {
        var (temp, apps) = Repository();
        using var _ = temp;

        Parallel.ForEach(Enumerable.Range(0, 6), i => Assert.True(Generate(apps[i % apps.Length]).Succeeded));

        Assert.Equal(["billing", "jobs", "orders"], ServiceNames(File.ReadAllText(temp["compose.yaml"])));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.lock", SearchOption.AllDirectories));
    }

    private static string[] ServiceNames(string compose) =>
        [.. compose.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal) && l.EndsWith(':')).Select(l => l.Trim().TrimEnd(':'))];
}
