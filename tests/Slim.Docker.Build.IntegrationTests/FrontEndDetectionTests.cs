using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>
/// The front-end detection on projects the real SDK evaluates: the targets the task reads come from MSBuild's own
/// evaluation (imports included), and the Blazor WebAssembly detection from the properties the WebAssembly SDK sets.
/// The regenerate target is used so that the host never runs npm.
/// </summary>
public class FrontEndDetectionTests(PackageFixture package)
{
    private const string PublishRunWebpack = """
        <Target Name="PublishRunWebpack" AfterTargets="ComputeFilesToPublish">
          <Exec WorkingDirectory="$(SpaRoot)" Command="$(FrontEndInstall)" />
          <Exec WorkingDirectory="$(SpaRoot)" Command="npm run build" />
        </Target>
        """;

    private static async Task<DockerfileDocument> Regenerate(Workspace workspace, string projectFolder)
    {
        var result = await workspace.Dotnet(projectFolder, "build", "-t:GenerateSlimDockerfile");
        Assert.True(result.Succeeded, result.ToString());
        return DockerfileDocument.Parse(workspace.Read(projectFolder + "/Dockerfile"));
    }

    private static void WriteClient(Workspace workspace, string folder, string engines = ">=20")
    {
        workspace.Write(folder + "/package.json", $$"""{ "name": "client", "private": true, "engines": { "node": "{{engines}}" } }""");
        workspace.Write(folder + "/package-lock.json", """{ "name": "client", "lockfileVersion": 3, "requires": true, "packages": { "": { "name": "client" } } }""");
    }

    [Fact]
    public async Task A_spa_template_project_gets_a_node_stage_and_npm_ci_of_its_spa_root()
    {
        using var workspace = new Workspace(package, "spa");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web",
            properties: "<SpaRoot>ClientApp\\</SpaRoot><FrontEndInstall>npm install</FrontEndInstall>",
            items: "</ItemGroup>" + PublishRunWebpack + "<ItemGroup>");
        workspace.Write("Web/Program.cs", Programs.Web);
        WriteClient(workspace, "Web/ClientApp", engines: "^22.11.0");

        var document = await Regenerate(workspace, "Web");

        var stages = document.Stages();
        Assert.Equal("node:22-bookworm-slim AS node", stages[0][0].Arguments);
        Assert.Equal("--platform=$BUILDPLATFORM", stages[0][0].Flags.Single());
        var build = stages[1].ToList();
        Assert.Contains(build, i => i.Keyword == "COPY" && i.Flag("from") == "node" && i.Arguments == "/usr/local/bin/node /usr/local/bin/node");
        var install = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("npm ci", StringComparison.Ordinal));
        Assert.Equal("cd Web/ClientApp && npm ci --no-audit --no-fund", build[install].Arguments);
        Assert.Equal(["Web/ClientApp/package.json", "Web/ClientApp/package-lock.json"], DockerfileDocument.CopySources(build[install - 1]));
        Assert.True(install < build.FindIndex(i => i.Keyword == "COPY" && i.Arguments == ". ."));
        // The property inside the Exec command was expanded by MSBuild's evaluation.
        Assert.Contains(document.Comments, c => c.Contains("its target PublishRunWebpack runs 'npm install', 'npm run build'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_npm_build_in_directory_build_targets_is_found_without_spa_root_and_its_folder_joins_the_context()
    {
        using var workspace = new Workspace(package, "spa-imported");
        workspace.Write("src/Directory.Build.targets", """
            <Project>
              <Target Name="BuildFrontEnd" BeforeTargets="PrepareForPublish">
                <Exec WorkingDirectory="$(MSBuildThisFileDirectory)../frontend" Command="npm run build" />
              </Target>
              <Target Name="FrontEndTests">
                <Exec Command="pnpm test" />
              </Target>
            </Project>
            """);
        workspace.Project("src/Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web");
        workspace.Write("src/Web/Program.cs", Programs.Web);
        WriteClient(workspace, "frontend");

        var document = await Regenerate(workspace, "src/Web");

        Assert.Equal("node:26-bookworm-slim AS node", document.Stages()[0][0].Arguments);
        Assert.Contains(document.Stages()[1], i => i.Keyword == "RUN" && i.Arguments == "cd frontend && npm ci --no-audit --no-fund");
        // A target that publish never runs (pnpm test) is not a front-end build: no warning about pnpm.
        Assert.DoesNotContain("pnpm", workspace.Read("src/Web/Dockerfile"));
    }

    [Fact]
    public async Task A_project_without_a_front_end_gets_no_node()
    {
        using var workspace = new Workspace(package, "no-spa");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", items: """</ItemGroup><Target Name="Hello" AfterTargets="Build"><Exec Command="echo hello" /></Target><ItemGroup>""");
        workspace.Write("Web/Program.cs", Programs.Web);

        var document = await Regenerate(workspace, "Web");

        Assert.DoesNotContain(document.Stages(), s => s[0].Arguments.EndsWith("AS node", StringComparison.Ordinal));
        Assert.DoesNotContain("node", workspace.Read("Web/Dockerfile"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_client_project_of_a_blazor_web_app_is_refused_and_a_standalone_app_is_a_site()
    {
        using var workspace = new Workspace(package, "blazor-detection");
        var created = await workspace.Dotnet(".", "new", "blazor", "--interactivity", "WebAssembly", "-o", "Hosted", "--no-restore");
        Assert.True(created.Succeeded, created.ToString());
        created = await workspace.Dotnet(".", "new", "blazorwasm", "-o", "Site", "--no-restore");
        Assert.True(created.Succeeded, created.ToString());
        foreach (var project in new[] { "Hosted/Hosted.Client/Hosted.Client.csproj", "Site/Site.csproj" })
        {
            workspace.Write(project, workspace.Read(project).Replace("</Project>", $"""
                  <ItemGroup><PackageReference Include="Slim.Docker.Build" Version="{workspace.PackageVersion}" PrivateAssets="all" /></ItemGroup>
                </Project>
                """, StringComparison.Ordinal));
        }

        var client = await workspace.Dotnet("Hosted/Hosted.Client", "build", "-t:GenerateSlimDockerfile");
        var site = await workspace.Dotnet("Site", "build", "-t:GenerateSlimDockerfile");

        Assert.False(client.Succeeded);
        Assert.Contains("error SDB1070", client.Output);
        Assert.False(workspace.Exists("Hosted/Hosted.Client/Dockerfile"));
        Assert.True(site.Succeeded, site.ToString());
        Assert.Equal("nginxinc/nginx-unprivileged:stable-alpine-slim AS final", DockerfileDocument.Parse(workspace.Read("Site/Dockerfile")).Stages()[^1][0].Arguments);
        Assert.True(workspace.Exists("Site/nginx.conf"));
    }
}
