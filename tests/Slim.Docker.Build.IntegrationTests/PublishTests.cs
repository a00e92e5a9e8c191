using Slim.Docker.Build.Testing;
using static Slim.Docker.Build.IntegrationTests.Publishing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>dotnet publish -p:GenerateSlimDockerfile=true on real projects, checked by parsing what it wrote.</summary>
public class PublishTests(PackageFixture package)
{
    private static void AssertCopySourcesExist(Workspace workspace, DockerfileDocument document)
    {
        foreach (var copy in document.All("COPY").Where(c => c.Flag("from") is null && c.Arguments != ". ."))
        {
            foreach (var source in DockerfileDocument.CopySources(copy))
            {
                Assert.True(File.Exists(workspace[source]) || Directory.Exists(workspace[source]), $"COPY source '{source}' is not in the context");
            }
        }
    }

    private static void AssertRestoreLayerBeforeSources(DockerfileDocument document)
    {
        var build = document.Stages()[0].ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var sources = build.FindIndex(i => i.Keyword == "COPY" && i.Arguments == ". .");
        var publish = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("&& dotnet publish", StringComparison.Ordinal));
        Assert.True(restore > 0 && restore < sources && sources < publish, string.Join("\n", build));
        Assert.All(build.Take(restore).Where(i => i.Keyword == "COPY"), c => Assert.DoesNotContain(".cs\"", c.Arguments));
        Assert.Contains("--no-restore", build[publish].Arguments);
    }

    [Fact]
    public async Task Console_app_gets_runtime_chiseled_extra_and_the_dotnet_host()
    {
        using var workspace = new Workspace(package, "console");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);

        var document = await PublishAndParse(workspace, "App", "App/Dockerfile");

        var stages = document.Stages();
        Assert.Equal("--platform=$BUILDPLATFORM", stages[0][0].Flags.Single());
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble AS build", stages[0][0].Arguments);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra AS final", stages[^1][0].Arguments);
        Assert.Equal(["dotnet", "/app/App.dll"], stages[^1].Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
        Assert.DoesNotContain(stages[^1], i => i.Keyword == "EXPOSE");
        Assert.Equal("/app", stages[^1].Single(i => i.Keyword == "WORKDIR").Arguments);
        AssertRestoreLayerBeforeSources(document);
        AssertCopySourcesExist(workspace, document);
        // The workspace's nuget.config sits above the project, so the context is the workspace root.
        Assert.True(workspace.Exists(".dockerignore"));
        Assert.Contains("**/obj/", workspace.Read(".dockerignore"));
        Assert.Contains(document.Comments, c => c.Contains("docker build -f App/Dockerfile -t app --build-arg IMAGE_CREATED=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" --build-arg SOURCE_DATE_EPOCH=\"$(git log -1 --format=%ct 2>/dev/null)\" .", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Web_app_gets_aspnet_and_exposes_8080()
    {
        using var workspace = new Workspace(package, "web");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web");
        workspace.Write("Web/Program.cs", Programs.Web);

        var document = await PublishAndParse(workspace, "Web", "Web/Dockerfile");

        var final = document.Stages()[^1];
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS final", final[0].Arguments);
        Assert.Equal("8080", final.Single(i => i.Keyword == "EXPOSE").Arguments);
        Assert.Equal(["dotnet", "/app/Web.dll"], final.Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
        Assert.DoesNotContain(final, i => i.Keyword == "USER"); // chiseled already runs as app
    }

    [Fact]
    public async Task Worker_service_gets_the_runtime_image()
    {
        using var workspace = new Workspace(package, "worker");
        workspace.Project("Worker/Worker.csproj", sdk: "Microsoft.NET.Sdk.Worker",
            items: """<PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.0" />""");
        workspace.Write("Worker/Program.cs", Programs.Worker);

        var document = await PublishAndParse(workspace, "Worker", "Worker/Dockerfile");

        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra AS final", document.Stages()[^1][0].Arguments);
    }

    [Fact]
    public async Task Self_contained_trimmed_app_gets_runtime_deps_and_its_own_executable()
    {
        using var workspace = new Workspace(package, "trimmed");
        workspace.Project("App/App.csproj", properties: "<PublishTrimmed>true</PublishTrimmed><InvariantGlobalization>true</InvariantGlobalization>");
        workspace.Write("App/Program.cs", Programs.Console);

        var document = await PublishAndParse(workspace, "App", "App/Dockerfile");

        var final = document.Stages()[^1];
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS final", final[0].Arguments);
        Assert.Equal(["/app/App"], final.Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
    }

    [Fact]
    public async Task Native_aot_app_builds_on_the_aot_sdk_without_buildplatform()
    {
        using var workspace = new Workspace(package, "aot");
        workspace.Project("App/App.csproj", properties: "<PublishAot>true</PublishAot>");
        workspace.Write("App/Program.cs", Programs.Console);

        // The regenerate target: publishing AOT on the host would need clang, which the container build has.
        var result = await workspace.Dotnet("App", "build", "-t:GenerateSlimDockerfile");
        Assert.True(result.Succeeded, result.ToString());

        var stages = DockerfileDocument.Parse(workspace.Read("App/Dockerfile")).Stages();
        Assert.Empty(stages[0][0].Flags);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build", stages[0][0].Arguments);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra AS final", stages[^1][0].Arguments);
        Assert.Equal(["/app/App"], stages[^1].Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
    }

    [Fact]
    public async Task Solution_with_sibling_libraries_restores_the_whole_closure_first()
    {
        using var workspace = new Workspace(package, "solution");
        workspace.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup><LangVersion>latest</LangVersion></PropertyGroup>
            </Project>
            """);
        workspace.Write("Directory.Packages.props", $"""
            <Project>
              <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup><PackageVersion Include="Slim.Docker.Build" Version="{workspace.PackageVersion}" /></ItemGroup>
            </Project>
            """);
        workspace.Write("app/Api/Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Slim.Docker.Build" PrivateAssets="all" />
                <ProjectReference Include="../../lib/Domain/Domain.csproj" />
              </ItemGroup>
            </Project>
            """);
        workspace.Write("app/Api/Program.cs", Programs.Web);
        // Data is only reachable through Domain: the transitive closure must still be in the restore layer.
        workspace.Write("lib/Domain/Domain.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Data/Data.csproj" /></ItemGroup>
            </Project>
            """);
        workspace.Write("lib/Domain/Greeting.cs", "namespace Domain; public static class Greeting { public static string Text => Data.Store.Value; }");
        workspace.Write("lib/Data/Data.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
            </Project>
            """);
        workspace.Write("lib/Data/Store.cs", "namespace Data; public static class Store { public static string Value => \"hi\"; }");

        var document = await PublishAndParse(workspace, "app/Api", "app/Api/Dockerfile");

        var restoreCopies = document.Stages()[0].Where(i => i.Keyword == "COPY" && i.Arguments != ". .").SelectMany(DockerfileDocument.CopySources).ToList();
        Assert.Equal(
            ["Directory.Build.props", "Directory.Packages.props", "nuget.config", Workspace.FeedFolder, "app/Api/Api.csproj", "lib/Data/Data.csproj", "lib/Domain/Domain.csproj"],
            restoreCopies);
        AssertRestoreLayerBeforeSources(document);
        AssertCopySourcesExist(workspace, document);
        Assert.True(workspace.Exists(".dockerignore"));
        Assert.Contains("dotnet restore app/Api/Api.csproj", document.All("RUN").First().Arguments);
        Assert.Contains(document.Comments, c => c.Contains("docker build -f app/Api/Dockerfile -t api --build-arg IMAGE_CREATED=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_line_properties_reach_the_container_build()
    {
        using var workspace = new Workspace(package, "globals");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web");
        workspace.Write("Web/Program.cs", Programs.Web);

        var document = await PublishAndParse(workspace, "Web", "Web/Dockerfile", "-p:InvariantGlobalization=true", "-c", "Release");

        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS final", document.Stages()[^1][0].Arguments);
        foreach (var run in document.Stages()[0].Where(i => i.Keyword == "RUN"))
        {
            Assert.Contains("-p:GenerateSlimDockerfile=false -p:InvariantGlobalization=true", run.Arguments);
            Assert.DoesNotContain("_IsPublishing", run.Arguments);
        }
    }

    [Fact]
    public async Task Publish_and_the_regenerate_target_write_the_same_bytes_and_leave_an_unchanged_file_alone()
    {
        using var workspace = new Workspace(package, "regenerate");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);
        await PublishAndParse(workspace, "App", "App/Dockerfile");
        var published = File.ReadAllBytes(workspace["App/Dockerfile"]);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(workspace["App/Dockerfile"], past);

        var result = await workspace.Dotnet("App", "build", "-t:GenerateSlimDockerfile");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("is up to date", result.Output);
        Assert.Equal(published, File.ReadAllBytes(workspace["App/Dockerfile"]));
        Assert.Equal(past, File.GetLastWriteTimeUtc(workspace["App/Dockerfile"]));
    }

    [Fact]
    public async Task Publish_without_the_property_leaves_no_file_behind()
    {
        using var workspace = new Workspace(package, "off");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);
        var before = Directory.GetFiles(workspace.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/")).Order().ToList();

        var result = await workspace.Dotnet("App", "publish");

        Assert.True(result.Succeeded, result.ToString());
        var after = Directory.GetFiles(workspace.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/")).Order().ToList();
        Assert.Equal(before, after);
        Assert.DoesNotContain("Slim.Docker.Build", result.Output);
    }

    [Fact]
    public async Task The_publish_inside_the_container_never_regenerates_even_when_the_project_enables_it()
    {
        using var workspace = new Workspace(package, "incontainer");
        workspace.Project("App/App.csproj", properties: "<GenerateSlimDockerfile>true</GenerateSlimDockerfile>");
        workspace.Write("App/Program.cs", Programs.Console);

        // Exactly what the generated RUN line passes.
        var result = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=false");

        Assert.True(result.Succeeded, result.ToString());
        Assert.False(workspace.Exists("App/Dockerfile"));
        Assert.False(workspace.Exists(".dockerignore"));
    }

    [Fact]
    public async Task Several_target_frameworks_and_none_chosen_is_SDB1001()
    {
        using var workspace = new Workspace(package, "multitarget");
        workspace.Write("App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFrameworks>net8.0;net10.0</TargetFrameworks><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup><PackageReference Include="Slim.Docker.Build" Version="{workspace.PackageVersion}" PrivateAssets="all" /></ItemGroup>
            </Project>
            """);
        workspace.Write("App/Program.cs", Programs.Console);

        var regenerate = await workspace.Dotnet("App", "build", "-t:GenerateSlimDockerfile");
        var publish = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true");
        var chosen = await workspace.Dotnet("App", "publish", "-f", "net10.0", "-p:GenerateSlimDockerfile=true");

        Assert.False(regenerate.Succeeded);
        Assert.Contains("error SDB1001", regenerate.Output);
        Assert.Contains("-f net8.0", regenerate.Output);
        Assert.False(publish.Succeeded);
        Assert.Contains("error SDB1001", publish.Output);
        Assert.True(chosen.Succeeded, chosen.ToString());
        Assert.Contains(" -f net10.0 ", DockerfileDocument.Parse(workspace.Read("App/Dockerfile")).Stages()[0].Last(i => i.Keyword == "RUN").Arguments + " ");
    }

    [Fact]
    public async Task A_class_library_is_SDB1007_and_writes_nothing()
    {
        using var workspace = new Workspace(package, "library");
        workspace.Project("Lib/Lib.csproj", properties: "<OutputType>Library</OutputType>");
        workspace.Write("Lib/Class1.cs", "namespace Lib; public class Class1 { }");

        var result = await workspace.Dotnet("Lib", "build", "-t:GenerateSlimDockerfile");

        Assert.False(result.Succeeded);
        Assert.Contains("error SDB1007", result.Output);
        Assert.DoesNotContain("   at ", result.Output); // no stack trace
        Assert.False(workspace.Exists("Lib/Dockerfile"));
    }

    [Fact]
    public async Task The_package_adds_nothing_to_the_apps_output()
    {
        using var workspace = new Workspace(package, "nooutput");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);

        var result = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true", "-o", "out");

        Assert.True(result.Succeeded, result.ToString());
        var files = Directory.GetFiles(workspace["App/out"]).Select(Path.GetFileName).Order().ToList();
        Assert.DoesNotContain(files, f => f!.Contains("Slim", StringComparison.Ordinal) || f.Contains("Scriban", StringComparison.Ordinal));
        Assert.DoesNotContain("Slim.Docker.Build", File.ReadAllText(workspace["App/out/App.deps.json"]));
    }
}

public class CheckModePublishTests(PackageFixture package)
{
    [Fact]
    public async Task Check_mode_passes_on_committed_output_and_fails_with_SDB2004_after_a_project_change()
    {
        using var workspace = new Workspace(package, "check");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);
        var generate = await workspace.Dotnet("App", "build", "-t:GenerateSlimDockerfile");
        Assert.True(generate.Succeeded, generate.ToString());
        var committed = workspace.Read("App/Dockerfile");

        var clean = await workspace.Dotnet("App", "build", "-t:GenerateSlimDockerfile", "-p:SlimDockerfileCheck=true");
        var changed = await workspace.Dotnet("App", "build", "-t:GenerateSlimDockerfile", "-p:SlimDockerfileCheck=true", "-p:InvariantGlobalization=true");

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.False(changed.Succeeded);
        Assert.Contains("error SDB2004", changed.Output);
        Assert.Contains("+FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled AS final", changed.Output);
        Assert.Equal(committed, workspace.Read("App/Dockerfile"));
    }
}

public class BrokenRestoreOutputTests(PackageFixture package)
{
    [Fact]
    public async Task An_unreadable_assets_file_is_warning_SDB1014_and_direct_references_still_count()
    {
        using var workspace = new Workspace(package, "broken-assets");
        workspace.Project("App/App.csproj", items: """<ProjectReference Include="../Lib/Lib.csproj" />""");
        workspace.Write("App/Program.cs", Programs.Console);
        workspace.Write("Lib/Lib.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        var restore = await workspace.Dotnet("App", "restore");
        Assert.True(restore.Succeeded, restore.ToString());
        File.WriteAllText(workspace["App/obj/project.assets.json"], "{ \"libraries\": ");

        var result = await workspace.Dotnet("App", "msbuild", "-t:GenerateSlimDockerfile");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("warning SDB1014", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
        var copies = DockerfileDocument.Parse(workspace.Read("App/Dockerfile")).All("COPY").SelectMany(c => c.JsonArguments ?? []).ToList();
        Assert.Contains("Lib/Lib.csproj", copies);
    }
}
