using Slim.Docker.Build.FrontEnds;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Front ends that publish builds: what finds them, and what the build stage gets for them.</summary>
public class FrontEndTests
{
    private static ProjectTarget Target(string name, string[]? dependsOn = null, string[]? before = null, string[]? after = null, params ProjectExec[] execs) =>
        new(name, dependsOn ?? [], before ?? [], after ?? [], execs);

    /// <summary>The publish chain of the SDK, reduced to what a hook needs to be reached.</summary>
    private static readonly ProjectTarget[] Sdk =
    [
        Target("Publish", ["_PublishBuildAlternative"]),
        Target("_PublishBuildAlternative", ["Build", "PrepareForPublish", "ComputeFilesToPublish"]),
        Target("Build", ["CoreBuild"]),
        Target("CoreBuild"),
        Target("PrepareForPublish"),
        Target("ComputeFilesToPublish"),
    ];

    private sealed class Repository : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Repository() => Directory.CreateDirectory(_temp[".git"]);

        public string this[string relative] => _temp[relative];

        public string Write(string relative, string content) => _temp.Write(relative, content);

        public ProjectFacts Web(params ProjectTarget[] targets) =>
            Facts.Web(projectPath: Write("src/Web/Web.csproj", "<Project />")) with { AssemblyName = "Web", Targets = [.. Sdk, .. targets] };

        /// <summary>ClientApp next to the project, with package.json and the given lock file.</summary>
        public void Client(string lockFile = "package-lock.json", string packageJson = """{ "name": "client" }""")
        {
            Write("src/Web/ClientApp/package.json", packageJson);
            if (lockFile.Length > 0)
            {
                Write("src/Web/ClientApp/" + lockFile, "{}");
            }
        }

        public static GenerationResult Generate(ProjectFacts facts, GenerationOptions? options = null) =>
            DockerfileGenerator.Generate(new GenerationRequest
            {
                Project = (options ?? new GenerationOptions()).ApplyTo(facts),
                ToolVersion = "1.0.0",
                ShippedTemplatesDirectory = Generated.ShippedTemplates,
            });

        public void Dispose() => _temp.Dispose();
    }

    private static ProjectExec Npm(string command = "npm run build", string folder = "ClientApp") => new(command, folder);

    [Fact]
    public void A_target_hooked_anywhere_into_publish_is_found_and_one_that_publish_never_runs_is_not()
    {
        ProjectTarget[] targets =
        [
            .. Sdk,
            Target("AfterCompute", after: ["ComputeFilesToPublish"], execs: Npm("npm run build")),
            Target("BeforeCoreBuild", before: ["CoreBuild"], execs: Npm("node tools/prebuild.js")),
            Target("Called", execs: Npm("npx tailwindcss -o wwwroot/app.css")),
            Target("Caller", before: ["PrepareForPublish"]) with { CallsTargets = ["Called"] },
            Target("ByHand", execs: Npm("pnpm test")),
            Target("EchoOnly", after: ["Build"], execs: new ProjectExec("echo nodejs npmrc ./npm-helper", "")),
        ];

        var reached = FrontEndDetector.RunDuringPublish(targets).Select(t => t.Name).ToList();
        var signals = FrontEndDetector.Detect(Facts.Web() with { Targets = targets });

        Assert.Contains("AfterCompute", reached);
        Assert.Contains("Called", reached);
        Assert.DoesNotContain("ByHand", reached);
        Assert.Equal(["node", "npm", "npx"], signals.Tools);
        Assert.Equal(
            ["its target AfterCompute runs 'npm run build'", "its target BeforeCoreBuild runs 'node tools/prebuild.js'", "its target Called runs 'npx tailwindcss -o wwwroot/app.css'"],
            signals.Reasons);
        Assert.Equal(["/repo/src/App/ClientApp"], signals.Folders);
    }

    [Fact]
    public void Spa_root_and_a_javascript_project_reference_are_front_ends_even_without_targets()
    {
        var facts = (Facts.Web(projectPath: "/repo/src/Server/Server.csproj") with
        {
            Items = Facts.Web().Items.SetItem("ProjectReference", [new ProjectItem("..\\reactapp.client\\reactapp.client.esproj"), new ProjectItem("../Lib/Lib.csproj")]),
        }).WithProperty(KnownStrings.ProjectProperties.SpaRoot, "..\\reactapp.client\\");

        var signals = FrontEndDetector.Detect(facts);

        Assert.Equal(["SpaRoot is ..\\reactapp.client\\", "it references the JavaScript project reactapp.client.esproj"], signals.Reasons);
        Assert.Equal(["/repo/src/reactapp.client"], signals.Folders);
        Assert.Empty(signals.Tools);
    }

    [Fact]
    public void No_signal_no_node()
    {
        using var repo = new Repository();

        var result = Repository.Generate(repo.Web(Target("Hello", after: ["Build"], execs: new ProjectExec("echo hello", ""))));

        Assert.True(result.Succeeded);
        Assert.Null(result.Model!.Node);
        Assert.DoesNotContain("node", File.ReadAllText(repo["src/Web/Dockerfile"]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_npm_front_end_with_its_lock_file_is_installed_with_npm_ci_before_the_sources()
    {
        using var repo = new Repository();
        repo.Client();

        var result = Repository.Generate(repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm())));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SDB107", StringComparison.Ordinal));
        var node = result.Model!.Node!;
        Assert.Equal("node:26-bookworm-slim", node.Image);
        var install = Assert.Single(node.Installs);
        // The context is the project's folder (nothing above it is needed).
        Assert.Equal(["ClientApp/package.json", "ClientApp/package-lock.json"], install.Files);
        Assert.Equal("ClientApp/", install.Destination);
        var stages = DockerfileDocument.Parse(File.ReadAllText(repo["src/Web/Dockerfile"])).Stages();
        Assert.Equal("node:26-bookworm-slim AS node", stages[0][0].Arguments);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS final", stages[^1][0].Arguments);
    }

    [Theory]
    [InlineData("yarn.lock", """{ "name": "client" }""", "yarn")]
    [InlineData("pnpm-lock.yaml", """{ "name": "client" }""", "pnpm")]
    [InlineData("bun.lock", """{ "name": "client" }""", "bun")]
    [InlineData("package-lock.json", """{ "name": "client", "packageManager": "pnpm@9.12.0" }""", "pnpm")]
    public void Other_package_managers_are_a_warning_and_get_no_install_layer(string lockFile, string packageJson, string manager)
    {
        using var repo = new Repository();
        repo.Client(lockFile, packageJson);

        var result = Repository.Generate(repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm())));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SDB1075");
        Assert.Contains($"uses {manager}", warning.Message);
        Assert.Contains("corepack", warning.Message);
        Assert.Empty(result.Model!.Node!.Installs);
    }

    [Fact]
    public void A_yarn_command_is_a_warning_even_beside_npm_s_lock_file()
    {
        using var repo = new Repository();
        repo.Client();

        var result = Repository.Generate(repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm("yarn build"))));

        Assert.Contains(result.Diagnostics, d => d.Code == "SDB1075" && d.Message.Contains("uses yarn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_front_end_without_a_lock_file_warns_and_gets_no_install_layer()
    {
        using var repo = new Repository();
        repo.Client(lockFile: "");

        var result = Repository.Generate(repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm())));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SDB1076");
        Assert.Equal(repo["src/Web/ClientApp/package.json"], warning.File);
        Assert.Empty(result.Model!.Node!.Installs);
    }

    [Fact]
    public void A_front_end_folder_without_package_json_warns()
    {
        using var repo = new Repository();

        var result = Repository.Generate(repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm())));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SDB1077");
        Assert.Contains(repo["src/Web/ClientApp"], warning.Message);
        Assert.Equal("node:26-bookworm-slim", result.Model!.Node!.Image);
    }

    [Fact]
    public void A_version_the_images_cannot_follow_is_a_warning_on_the_file_that_asks()
    {
        using var repo = new Repository();
        repo.Client(packageJson: """{ "engines": { "node": "^18" } }""");

        var result = Repository.Generate(repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm())));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SDB1078");
        Assert.Equal(repo["src/Web/ClientApp/package.json"], warning.File);
        Assert.Contains("end of life", warning.Message);
        Assert.Equal("node:18-bookworm-slim", result.Model!.Node!.Image);
    }

    [Fact]
    public void A_musl_build_stage_gets_node_s_alpine_image_and_native_aot_no_buildplatform()
    {
        using var repo = new Repository();
        repo.Client();
        var facts = repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm())) with
        {
            RuntimeIdentifier = "linux-musl-x64",
            PublishAot = "true",
            InvariantGlobalization = "true",
        };

        var result = Repository.Generate(facts);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var node = DockerfileDocument.Parse(File.ReadAllText(repo["src/Web/Dockerfile"])).Stages()[0][0];
        Assert.Equal("node:26-alpine AS node", node.Arguments);
        Assert.Empty(node.Flags);
    }

    [Fact]
    public void A_front_end_outside_the_project_widens_the_build_context_but_not_past_an_explicit_one()
    {
        using var repo = new Repository();
        repo.Write("frontend/package.json", "{}");
        repo.Write("frontend/package-lock.json", "{}");
        var facts = repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm(folder: "../../frontend")));

        var widened = Repository.Generate(facts);
        var narrow = DockerfilePlanner.Plan(new GenerationOptions { ContextDirectory = "." }.ApplyTo(facts));

        Assert.True(widened.Succeeded, string.Join("\n", widened.Diagnostics));
        Assert.Equal(["frontend/package.json", "frontend/package-lock.json"], widened.Model!.Node!.Installs.Single().Files);
        Assert.Equal("SDB1012", Assert.Single(narrow.Diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public void A_front_end_folder_copy_cannot_name_is_refused()
    {
        using var repo = new Repository();
        repo.Write("src/Web/Client[1]/package.json", "{}");
        repo.Write("src/Web/Client[1]/package-lock.json", "{}");

        var result = Repository.Generate(repo.Web(Target("PublishRunWebpack", after: ["ComputeFilesToPublish"], execs: Npm(folder: "Client[1]"))));

        Assert.Equal("SDB1036", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_blazor_webassembly_site_whose_publish_runs_npm_gets_node_too()
    {
        using var repo = new Repository();
        repo.Write("src/Site/package.json", "{}");
        repo.Write("src/Site/package-lock.json", "{}");
        var facts = Facts.BlazorWebAssembly(projectPath: repo.Write("src/Site/Site.csproj", "<Project />")) with
        {
            Targets = [.. Sdk, Target("Tailwind", before: ["Build"], execs: new ProjectExec("npx tailwindcss -o wwwroot/app.css", ""))],
        };

        var result = Repository.Generate(facts);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = File.ReadAllText(repo["src/Site/Dockerfile"]);
        Assert.Contains("AS node", text);
        Assert.Contains("COPY [\"package.json\", \"package-lock.json\", \"./\"]\nRUN npm ci --no-audit --no-fund\n", text);
        Assert.Contains("FROM nginxinc/nginx-unprivileged:stable-alpine-slim AS final", text);
    }
}
