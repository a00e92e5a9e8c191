using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>The whole generation with the shipped templates, checked by parsing the Dockerfile it writes.</summary>
public class DockerfileGeneratorTests
{
    private static readonly string ShippedTemplates = Generated.ShippedTemplates;

    private static GenerationResult Generate(ProjectFacts facts, GenerationOptions? options = null) =>
        DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = (options ?? new GenerationOptions()).ApplyTo(facts),
            ToolVersion = "1.0.0",
            ShippedTemplatesDirectory = ShippedTemplates,
        });

    private static (TempDirectory Temp, ProjectFacts Facts) Solution()
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("Directory.Build.props", "<Project />");
        temp.Write("nuget.config", "<configuration />");
        var app = temp.Write("src/My App/My App.csproj", "<Project />");
        var lib = temp.Write("src/Lib/Lib.csproj", "<Project />");
        return (temp, Facts.Web(projectPath: app) with { AssemblyName = "My App", ProjectReferences = [lib] });
    }

    [Fact]
    public void Writes_a_dockerfile_whose_instructions_are_the_planned_ones()
    {
        var (temp, facts) = Solution();
        using var _ = temp;

        var result = Generate(facts);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var dockerfile = DockerfileDocument.Parse(File.ReadAllText(temp["src/My App/Dockerfile"]));
        var stages = dockerfile.Stages();
        Assert.Equal(4, stages.Count); // build, tools, debug, final

        var build = stages[0];
        Assert.Equal("--platform=$BUILDPLATFORM", build[0].Flags.Single());
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble AS build", build[0].Arguments);
        Assert.Equal(["FROM", "ARG", "WORKDIR", "COPY", "COPY", "COPY", "RUN", "COPY", "ARG", "RUN"], build.Select(i => i.Keyword));

        // Every COPY source of the restore layer exists in the context, and comes before the sources.
        var copies = build.Where(i => i.Keyword == "COPY").ToList();
        foreach (var copy in copies.Take(copies.Count - 1))
        {
            foreach (var source in DockerfileDocument.CopySources(copy))
            {
                Assert.True(File.Exists(Path.Combine(temp.Path, source)), $"{source} does not exist in the context");
            }
        }

        Assert.Equal(["Directory.Build.props", "nuget.config"], DockerfileDocument.CopySources(copies[0]));
        Assert.Equal("src/My App/", DockerfileDocument.CopyDestination(copies[2]));
        Assert.Equal(". .", copies[^1].Arguments);
        Assert.StartsWith("dotnet restore 'src/My App/My App.csproj' -a \"$TARGETARCH\" -p:GenerateSlimDockerfile=false", build[6].Arguments);
        Assert.Contains("&& dotnet publish 'src/My App/My App.csproj' --no-restore -c Release -a \"$TARGETARCH\" -o /app ", build[9].Arguments);
        Assert.Contains(" -p:SlimDockerfilePackagesLayerDir=/layers/packages ", build[9].Arguments);

        var final = stages[^1];
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS final", final[0].Arguments);
        Assert.Equal(["FROM", "COPY", "COPY", "WORKDIR", "ARG", "ARG", "ARG", "LABEL", "LABEL", "LABEL", "LABEL", "LABEL", "LABEL", "EXPOSE", "ENTRYPOINT"], final.Select(i => i.Keyword));
        Assert.Equal(["/layers/packages/"], DockerfileDocument.CopySources(final[1]));
        Assert.Equal(["/app/"], DockerfileDocument.CopySources(final[2]));
        Assert.All(final.Where(i => i.Keyword == "COPY"), c => Assert.Equal("build", c.Flag("from")));
        Assert.Equal("/app", final[3].Arguments);
        Assert.Equal("8080", final[^2].Arguments);
        Assert.Equal(["dotnet", "/app/My App.dll"], final[^1].JsonArguments);
        Assert.Contains(dockerfile.Comments, c => c.Contains("docker build -f 'src/My App/Dockerfile' -t my-app --build-arg IMAGE_CREATED=", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_a_dockerignore_at_the_context_root_that_excludes_build_output()
    {
        var (temp, facts) = Solution();
        using var _ = temp;

        Generate(facts);

        var ignore = File.ReadAllText(temp[".dockerignore"]);
        Assert.True(DockerIgnoreCheck.ExcludesBuildOutput(ignore));
        Assert.Contains("**/.git\n", ignore);
    }

    [Fact]
    public void Output_is_deterministic_and_LF_only()
    {
        var (temp, facts) = Solution();
        using var _ = temp;
        Generate(facts);
        var first = File.ReadAllBytes(temp["src/My App/Dockerfile"]);
        File.Delete(temp["src/My App/Dockerfile"]);

        var result = Generate(facts);

        Assert.Equal(first, File.ReadAllBytes(temp["src/My App/Dockerfile"]));
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Equal(WriteOutcome.Unchanged, result.Files[1].Outcome);
    }

    [Fact]
    public void Native_aot_builds_on_the_target_platform_and_runs_its_own_executable()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        Generate(Facts.Console(projectPath: app) with { PublishAot = "true", InvariantGlobalization = "true" });

        var stages = DockerfileDocument.Parse(File.ReadAllText(temp["App/Dockerfile"])).Stages();
        Assert.Empty(stages[0][0].Flags);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build", stages[0][0].Arguments);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS final", stages[^1][0].Arguments);
        Assert.Equal(["/app/App"], stages[^1].Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
        Assert.DoesNotContain(stages[^1], i => i.Keyword is "EXPOSE" or "USER" or "RUN");
    }

    [Fact]
    public void Dotnet8_aot_installs_the_native_toolchain_in_the_build_stage()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        Generate(Facts.Console("net8.0", app) with { PublishAot = "true" });

        var build = DockerfileDocument.Parse(File.ReadAllText(temp["App/Dockerfile"])).Stages()[0];
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:8.0-noble AS build", build[0].Arguments);
        var install = build.Single(i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get", StringComparison.Ordinal));
        Assert.Contains("clang zlib1g-dev", install.Arguments);
    }

    [Fact]
    public void Musl_on_a_full_image_switches_to_the_non_root_user_and_installs_icu()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        Generate(Facts.Console("net8.0", app) with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" });

        var document = DockerfileDocument.Parse(File.ReadAllText(temp["App/Dockerfile"]));
        var final = document.Stages()[^1];
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine AS final", final[0].Arguments);
        Assert.Equal("apk add --no-cache icu-data-full icu-libs tzdata", final.Single(i => i.Keyword == "RUN").Arguments);
        Assert.Equal("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", final.Single(i => i.Keyword == "ENV").Arguments);
        Assert.Equal("$APP_UID", final.Single(i => i.Keyword == "USER").Arguments);
        Assert.Contains(document.Comments, c => c.Contains("docker build --platform linux/amd64", StringComparison.Ordinal));
    }

    [Fact]
    public void Command_line_properties_reach_restore_and_publish_in_the_container()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["InvariantGlobalization"] = "true",
            ["DefineConstants"] = "A;B",
            ["Configuration"] = "Debug",
            ["TargetFramework"] = "net10.0",
            ["_IsPublishing"] = "true",
        };

        Generate(Facts.Console(projectPath: app) with { GlobalProperties = globals, InvariantGlobalization = "true" });

        var runs = DockerfileDocument.Parse(File.ReadAllText(temp["App/Dockerfile"])).Stages()[0].Where(i => i.Keyword == "RUN").ToList();
        foreach (var run in runs)
        {
            Assert.Contains("-p:GenerateSlimDockerfile=false '-p:DefineConstants=\"A;B\"' -p:InvariantGlobalization=true", run.Arguments);
            Assert.DoesNotContain("_IsPublishing", run.Arguments);
        }

        Assert.Contains("-c Debug -f net10.0", runs[1].Arguments);
    }

    [Fact]
    public void A_class_library_writes_nothing()
    {
        using var temp = new TempDirectory();
        var lib = temp.Write("Lib/Lib.csproj", "<Project />");

        var result = Generate(Facts.Console(projectPath: lib) with { OutputType = "Library" });

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal(["Lib.csproj"], Directory.GetFiles(temp["Lib"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_template_error_writes_nothing()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        temp.Write("templates/Dockerfile.scriban", "FROM {{ final.imag }}\n");

        var result = DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = new GenerationOptions { TemplatesDirectory = temp["templates"] }.ApplyTo(Facts.Console(projectPath: app)),
            ShippedTemplatesDirectory = ShippedTemplates,
        });

        Assert.Equal("SDB3002", Assert.Single(result.Diagnostics).Code);
        Assert.False(File.Exists(temp["App/Dockerfile"]));
        Assert.False(File.Exists(temp["App/.dockerignore"]));
    }

    [Fact]
    public void A_template_in_the_override_folder_replaces_the_shipped_one_of_the_same_name_only()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        var shipped = File.ReadAllText(Path.Combine(ShippedTemplates, "Dockerfile.scriban"));
        temp.Write("templates/Dockerfile.scriban", shipped + "HEALTHCHECK NONE\n");

        var result = DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = new GenerationOptions { TemplatesDirectory = temp["templates"] }.ApplyTo(Facts.Console(projectPath: app)),
            ShippedTemplatesDirectory = ShippedTemplates,
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("HEALTHCHECK", DockerfileDocument.Parse(File.ReadAllText(temp["App/Dockerfile"])).Instructions[^1].Keyword);
        Assert.True(DockerIgnoreCheck.ExcludesBuildOutput(File.ReadAllText(temp["App/.dockerignore"])));
    }

    [Fact]
    public void A_missing_template_override_folder_is_SDB3003()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        var result = DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = new GenerationOptions { TemplatesDirectory = temp["nope"] }.ApplyTo(Facts.Console(projectPath: app)),
            ShippedTemplatesDirectory = ShippedTemplates,
        });

        Assert.Equal("SDB3003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_users_dockerignore_without_bin_and_obj_is_kept_with_SDB2003()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        temp.Write("App/.dockerignore", "*.log\n");

        var result = Generate(Facts.Console(projectPath: app));

        Assert.Equal("*.log\n", File.ReadAllText(temp["App/.dockerignore"]));
        Assert.Equal(["SDB2001", "SDB2003"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Check_and_overwrite_switches_do_not_change_the_file()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");
        Generate(Facts.Console(projectPath: app));
        var plain = File.ReadAllText(temp["App/Dockerfile"]);
        File.Delete(temp["App/Dockerfile"]);
        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["SlimDockerfileOverwrite"] = "true",
            ["SlimDockerfileCheck"] = "false",
        };

        Generate(Facts.Console(projectPath: app) with { GlobalProperties = globals });

        Assert.Equal(plain, File.ReadAllText(temp["App/Dockerfile"]));
    }

    [Theory]
    [InlineData("syntax=evil")]
    [InlineData("escape=`")]
    [InlineData("check=skip=all")]
    public void A_project_named_like_a_parser_directive_does_not_become_one(string name)
    {
        using var temp = new TempDirectory();
        var app = temp.Write($"App/{name}.csproj", "<Project />");

        Generate(Facts.Console(projectPath: app));

        var text = File.ReadAllText(temp["App/Dockerfile"]);
        Assert.Empty(DockerfileDocument.Parse(text).Directives);
        Assert.StartsWith("# slim-docker-build-checksum: ", text, StringComparison.Ordinal);
        Assert.Contains($"\n# Dockerfile for {name}.csproj (net10.0, ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_folder_that_starts_with_a_dash_is_not_read_as_an_option()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("nuget.config", "<configuration />");
        var app = temp.Write("-rf/App.csproj", "<Project />");

        Generate(Facts.Console(projectPath: app));

        var runs = DockerfileDocument.Parse(File.ReadAllText(temp["-rf/Dockerfile"])).All("RUN").ToList();
        Assert.StartsWith("dotnet restore ./-rf/App.csproj ", runs[0].Arguments, StringComparison.Ordinal);
        Assert.Contains("&& dotnet publish ./-rf/App.csproj ", runs[1].Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    [InlineData("escape\u001b")]
    public void A_command_line_property_or_configuration_with_a_line_break_is_SDB1027(string value)
    {
        var property = Generated.SingleError(
            Facts.Console() with { GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Version"] = value } }, "SDB1027");
        var configuration = Generated.SingleError(Facts.Console(), "SDB1027", new GenerationOptions { Configuration = value });

        Assert.Contains("'Version'", property.Message);
        Assert.Contains("SlimDockerfileConfiguration", configuration.Message);
        Assert.DoesNotContain(value, configuration.Message, StringComparison.Ordinal); // shown escaped, as \u000A
    }

    [Fact]
    public void A_command_line_property_whose_name_is_not_an_msbuild_name_is_SDB1035()
    {
        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["A=1;Configuration"] = "Debug" };

        var error = Generated.SingleError(Facts.Console() with { GlobalProperties = globals }, "SDB1035");

        Assert.Contains("'A=1;Configuration'", error.Message);
    }
}
