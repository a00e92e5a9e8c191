using System.Text.RegularExpressions;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;
using Slim.Docker.Build.WebAssembly;

namespace Slim.Docker.Build.Tests;

/// <summary>A standalone Blazor WebAssembly app becomes a static site on nginx-unprivileged; hosted clients and other WebAssembly RIDs do not.</summary>
public class StaticSiteTests
{
    private static GenerationResult Generate(TempDirectory temp, ProjectFacts facts, GenerationOptions? options = null) =>
        DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = (options ?? new GenerationOptions()).ApplyTo(facts with { ProjectPath = temp.Write("src/Site/Site.csproj", "<Project />") }),
            ToolVersion = "1.0.0",
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
        });

    /// <summary>Plans <paramref name="facts"/> for a project in a temporary repository.</summary>
    private static PlanResult Plan(ProjectFacts facts)
    {
        using var temp = Repository();
        return DockerfilePlanner.Plan(facts with { ProjectPath = temp.Write("src/Site/Site.csproj", "<Project />") });
    }

    private static TempDirectory Repository()
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        return temp;
    }

    [Fact]
    public void A_standalone_blazor_webassembly_app_is_a_static_site_whatever_its_browser_wasm_rid()
    {
        var plan = Plan(Facts.BlazorWebAssembly());

        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        Assert.Equal("blazor-webassembly", plan.Model!.App.Kind);
        Assert.Equal("nginxinc/nginx-unprivileged:stable-alpine-slim", plan.Model.Final.Image);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble", plan.Model.Build.Image);
        Assert.True(plan.Model.Build.CrossTargets);
        Assert.Equal([8080], plan.Model.Site!.ListenPorts);
        Assert.Equal("/app/wwwroot", plan.Model.Site.PublishedFiles);
        Assert.Empty(plan.Model.Debug.Tools);
    }

    [Fact]
    public void The_client_project_of_a_blazor_web_app_is_refused_with_the_server_project_to_use()
    {
        var facts = Facts.BlazorWebAssembly().WithProperty(KnownStrings.ProjectProperties.StaticWebAssetProjectMode, "Default");

        var error = Generated.SingleError(facts, "SDB1070");

        Assert.Contains("server project", error.Message);
    }

    [Theory]
    [InlineData("browser-wasm")]
    [InlineData("wasi-wasm")]
    public void Other_webassembly_apps_keep_the_rid_error(string rid)
    {
        var facts = Facts.Console() with { RuntimeIdentifier = rid };

        var error = Generated.SingleError(facts, "SDB1005");

        Assert.Contains("standalone Blazor WebAssembly", error.Message);
    }

    [Fact]
    public void ContainerRuntimeIdentifier_still_names_the_web_server_platform()
    {
        var plan = Plan(Facts.BlazorWebAssembly() with { ContainerRuntimeIdentifier = "linux-arm64" });

        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        Assert.Equal("linux/arm64", plan.Model!.Build.Platform);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble", plan.Model.Build.Image);
    }

    [Theory]
    [InlineData("Dockerfile", "nginx.conf")]
    [InlineData("site.Dockerfile", "site.nginx.conf")]
    [InlineData("Dockerfile.web", "nginx.web.conf")]
    [InlineData("web.dockerfile", "web.nginx.conf")]
    [InlineData("Containerfile", "Containerfile.nginx.conf")]
    public void The_configuration_is_named_after_the_dockerfile_and_never_like_one(string dockerfile, string expected)
    {
        Assert.Equal(expected, StaticSitePolicy.ConfigurationFileName(dockerfile));
        Assert.False(expected.StartsWith("Dockerfile", StringComparison.OrdinalIgnoreCase)); // the .dockerignore excludes **/Dockerfile*
    }

    [Theory]
    [InlineData("/_framework/System.Linq.d9syuk1fel.wasm", true)]
    [InlineData("/_framework/dotnet.native.rw4kynp763.wasm", true)]
    [InlineData("/_framework/dotnet.pl87te66z1.js", true)]
    [InlineData("/_framework/icudt_CJK.tjcz0u77k5.dat", true)]
    [InlineData("/_framework/dotnet.js", false)]
    [InlineData("/_framework/blazor.webassembly.js", false)]
    [InlineData("/_framework/blazor.boot.json", false)]
    [InlineData("/index.html", false)]
    [InlineData("/css/app.d9syuk1fel.css", false)]
    public void Only_fingerprinted_framework_files_are_cached_for_long(string uri, bool immutable)
    {
        var pattern = StaticSitePolicy.FingerprintedFiles(DotNetVersion.Net10)!;

        Assert.Equal(immutable, Regex.IsMatch(uri, pattern));
        Assert.Equal(pattern, StaticSitePolicy.FingerprintedFiles(DotNetVersion.Net9));
        Assert.Null(StaticSitePolicy.FingerprintedFiles(DotNetVersion.Net8));
    }

    [Fact]
    public void The_dockerfile_publishes_without_an_architecture_and_drops_the_brotli_files_nginx_cannot_serve()
    {
        using var temp = Repository();

        var result = Generate(temp, Facts.BlazorWebAssembly());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var document = DockerfileDocument.Parse(File.ReadAllText(temp["src/Site/Dockerfile"]));
        var stages = document.Stages();
        Assert.Equal(2, stages.Count); // build and final: no debug stage
        Assert.DoesNotContain(stages[0], i => i.Arguments.Contains("TARGETARCH", StringComparison.Ordinal));
        Assert.Equal(["SOURCE_DATE_EPOCH"], stages[0].Where(i => i.Keyword == "ARG").Select(i => i.Arguments)); // the site's file times
        Assert.Equal("find /app/wwwroot -type f -name '*.br' -delete", stages[0][^1].Arguments);
        Assert.Equal(["nginx.conf", "/etc/nginx/conf.d/default.conf"], stages[1].First(i => i.Keyword == "COPY").JsonArguments);
        var site = stages[1].Last(i => i.Keyword == "COPY");
        Assert.Equal("build", site.Flag("from"));
        Assert.Equal("/app/wwwroot /usr/share/nginx/html", site.Arguments);
        Assert.DoesNotContain(stages[1], i => i.Keyword is "ENTRYPOINT" or "CMD" or "USER");
        Assert.Equal(WriteOutcome.Created, result.Files[2].Outcome);
        Assert.Equal(temp["src/Site/nginx.conf"], result.Files[2].Path);
    }

    [Fact]
    public void A_web_server_the_project_names_keeps_the_brotli_files_and_gets_the_same_configuration()
    {
        using var temp = Repository();

        var result = Generate(temp, Facts.BlazorWebAssembly() with { ContainerBaseImage = "registry.example.com/nginx-brotli:1" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = File.ReadAllText(temp["src/Site/Dockerfile"]);
        Assert.DoesNotContain("'*.br'", text);
        Assert.Contains("FROM registry.example.com/nginx-brotli:1 AS final", text);
    }

    [Fact]
    public void Settings_that_mean_nothing_to_a_static_site_are_one_warning_that_names_them()
    {
        using var temp = Repository();
        var facts = Facts.BlazorWebAssembly() with { ContainerFamily = "alpine", ContainerWorkingDirectory = "/srv", ContainerDefaultArgs = ["-x"] };

        var result = Generate(temp, facts, new GenerationOptions { OsPackages = "curl" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SDB1071");
        Assert.Contains("ContainerFamily 'alpine'", warning.Message);
        Assert.Contains("ContainerWorkingDirectory", warning.Message);
        Assert.Contains("ContainerDefaultArgs", warning.Message);
        Assert.Contains("SlimDockerfileOsPackages", warning.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SDB1017");
    }

    [Theory]
    [InlineData("RunAOTCompilation")]
    [InlineData("WasmBuildNative")]
    public void Webassembly_builds_that_need_the_workload_warn(string property)
    {
        var plan = Plan(Facts.BlazorWebAssembly().WithProperty(property, "true"));

        Assert.True(plan.Succeeded);
        var warning = Assert.Single(plan.Diagnostics, d => d.Code == "SDB1072");
        Assert.Contains(property + "=true", warning.Message);
        Assert.Contains("wasm-tools", warning.Message);
    }

    [Fact]
    public void A_dockerfile_outside_the_context_cannot_copy_its_configuration()
    {
        using var temp = Repository();

        // Inside the repository, outside the context the project names.
        var result = Generate(temp, Facts.BlazorWebAssembly(), new GenerationOptions { DockerfilePath = "../../docker/Dockerfile", ContextDirectory = ".." });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SDB1073", error.Code);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void An_edited_configuration_is_kept_and_the_new_one_written_beside_it()
    {
        using var temp = Repository();
        Assert.True(Generate(temp, Facts.BlazorWebAssembly()).Succeeded);
        File.AppendAllText(temp["src/Site/nginx.conf"], "# my change\n");

        var again = Generate(temp, Facts.BlazorWebAssembly());

        Assert.Equal(WriteOutcome.Unchanged, again.Files[0].Outcome);
        Assert.Equal(WriteOutcome.KeptUserFile, again.Files[2].Outcome);
        Assert.EndsWith("# my change\n", File.ReadAllText(temp["src/Site/nginx.conf"]));
        Assert.True(File.Exists(temp["src/Site/nginx.conf.generated"]));
        Assert.Contains(again.Diagnostics, d => d.Code == "SDB2001" && d.File == temp["src/Site/nginx.conf"]);
    }

    [Fact]
    public void Check_mode_fails_when_the_configuration_is_missing()
    {
        using var temp = Repository();
        Assert.True(Generate(temp, Facts.BlazorWebAssembly()).Succeeded);
        File.Delete(temp["src/Site/nginx.conf"]);

        var check = Generate(temp, Facts.BlazorWebAssembly(), new GenerationOptions { Check = "true" });

        var error = Assert.Single(check.Diagnostics, d => d.IsError);
        Assert.Equal("SDB2004", error.Code);
        Assert.Contains("nginx.conf", error.Message);
    }

    [Fact]
    public void Ports_from_container_port_items_are_where_nginx_listens()
    {
        var facts = Facts.BlazorWebAssembly() with { ContainerPorts = [new ProjectItem("8081"), new ProjectItem("9090")] };

        var plan = Plan(facts);

        Assert.Equal([8081, 9090], plan.Model!.Site!.ListenPorts);
        Assert.Equal(["8081", "9090"], plan.Model.Final.Ports.Select(p => p.Spec));
    }

    [Fact]
    public void The_included_final_stage_template_is_taken_from_the_override_folder_first()
    {
        using var temp = Repository();
        temp.Write("templates/static-site.scriban", "FROM {{ final.image }} AS final\n# my own final stage\n");

        var result = Generate(temp, Facts.BlazorWebAssembly(), new GenerationOptions { TemplatesDirectory = "../../templates" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = File.ReadAllText(temp["src/Site/Dockerfile"]);
        Assert.EndsWith("FROM nginxinc/nginx-unprivileged:stable-alpine-slim AS final\n# my own final stage\n", text);
        Assert.Contains("dotnet publish", text); // the rest of the shipped Dockerfile.scriban
    }
}
