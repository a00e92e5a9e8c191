using System.Net;
using System.Text.RegularExpressions;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>Requests with the headers the web front-end tests look at.</summary>
internal static class Http
{
    /// <summary>GET without decompression, so that Content-Encoding and the compressed bytes are what the server sent.</summary>
    public static async Task<HttpResponseMessage> Get(Uri baseUrl, string path, string? acceptEncoding = null)
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, path));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public static Task<string> Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync();

    public static async Task<int> Length(HttpResponseMessage response) => (await response.Content.ReadAsByteArrayAsync()).Length;

    public static string? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string CacheControl(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Cache-Control", out var values) ? string.Join(", ", values) : "";
}

public partial class BlazorWebAssemblyTests(PackageFixture package, DockerEngine docker)
{
    private const string Nginx = "nginxinc/nginx-unprivileged:stable-alpine-slim";

    [GeneratedRegex(@"^/usr/share/nginx/html/_framework/[^/]+\.[0-9a-z]{10}\.wasm$")]
    private static partial Regex FingerprintedWasm();

    [Fact]
    public async Task Standalone_app_is_served_by_nginx_as_uid_101_with_spa_fallback_wasm_type_gzip_and_cache_headers()
    {
        await docker.RequireImages(Nginx);
        await using var scenario = ContainerScenario.Create(package, "blazorwasm", "Site");
        await scenario.NewProject("Site/Site.csproj", "blazorwasm", "-o", "Site");
        await scenario.Generate(publish: false);
        Assert.Equal(Nginx, scenario.FinalBaseImage);
        Assert.StartsWith("# slim-docker-build-checksum: sha256:", scenario.Workspace.Read("Site/nginx.conf"));

        await scenario.Build();
        var url = await scenario.Start();
        var (status, home) = await scenario.Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>Site</title>", home);
        Assert.Equal("101", (await scenario.Exec("id", "-u")).Output.Trim());

        // A deep link is the app's index.html, never cached; so is the page itself.
        using var counter = await Http.Get(url, "counter");
        Assert.Equal(HttpStatusCode.OK, counter.StatusCode);
        Assert.Equal(home, await Http.Text(counter));
        Assert.Equal("text/html", Http.ContentType(counter));
        Assert.Equal("no-cache", Http.CacheControl(counter));
        using var index = await Http.Get(url, "index.html");
        Assert.Equal("no-cache", Http.CacheControl(index));

        // The runtime and assemblies: application/wasm, fingerprinted so cached for a year, the .gz file when accepted.
        var files = await ContainerScenario.Files(scenario.Tag);
        var wasm = files.Keys.Where(f => FingerprintedWasm().IsMatch(f)).OrderBy(f => f, StringComparer.Ordinal).First();
        var path = wasm["/usr/share/nginx/html/".Length..];
        using var plain = await Http.Get(url, path);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("application/wasm", Http.ContentType(plain));
        Assert.Equal("public, max-age=31536000, immutable", Http.CacheControl(plain));
        Assert.Equal(files[wasm], await Http.Length(plain));

        using var gzip = await Http.Get(url, path, "gzip, br");
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal("application/wasm", Http.ContentType(gzip));
        Assert.Equal(files[wasm + ".gz"], await Http.Length(gzip));
        Assert.Contains("Accept-Encoding", gzip.Headers.Vary);

        // A missing framework file is a 404, not index.html; nginx cannot serve Brotli, so no .br file is shipped.
        using var missing = await Http.Get(url, "_framework/missing.wasm");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain(files.Keys, f => f.EndsWith(".br", StringComparison.Ordinal));
    }
}

public class HostedBlazorTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task Blazor_web_app_with_a_webassembly_client_stays_an_aspnet_core_app_that_serves_the_client()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "blazor-hosted", "Hosted/Hosted");
        await scenario.NewProject("Hosted/Hosted/Hosted.csproj", "blazor", "--interactivity", "WebAssembly", "-o", "Hosted");
        await scenario.Generate(publish: false);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", scenario.FinalBaseImage);
        Assert.False(scenario.Workspace.Exists("Hosted/Hosted/nginx.conf"));

        await scenario.Build();
        var url = await scenario.Start();
        var (status, home) = await scenario.Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>", home);
        // The client's files came through the server's publish: its assemblies are served as WebAssembly.
        var files = await ContainerScenario.Files(scenario.Tag);
        var wasm = files.Keys.First(f => f.StartsWith("/app/wwwroot/_framework/Hosted.Client.", StringComparison.Ordinal) && f.EndsWith(".wasm", StringComparison.Ordinal));
        using var client = await Http.Get(url, wasm["/app/wwwroot/".Length..]);
        Assert.Equal(HttpStatusCode.OK, client.StatusCode);
        Assert.Equal("application/wasm", Http.ContentType(client));
        using var counter = await Http.Get(url, "counter");
        Assert.Equal(HttpStatusCode.OK, counter.StatusCode);
    }
}

[Collection(nameof(Timed))]
public class SpaFrontEndTests(PackageFixture package, DockerEngine docker)
{
    /// <summary>The SPA templates' publish target: the front end is built with npm and its output published to wwwroot.</summary>
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <SpaRoot>ClientApp\</SpaRoot>
            <DefaultItemExcludes>$(DefaultItemExcludes);$(SpaRoot)node_modules\**</DefaultItemExcludes>
            {0}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Slim.Docker.Build" Version="{1}" PrivateAssets="all" />
            <Content Remove="$(SpaRoot)**" />
            <None Remove="$(SpaRoot)**" />
          </ItemGroup>
          <Target Name="PublishRunWebpack" AfterTargets="ComputeFilesToPublish">
            <Exec WorkingDirectory="$(SpaRoot)" Command="npm install" />
            <Exec WorkingDirectory="$(SpaRoot)" Command="npm run build" />
            <ItemGroup>
              <DistFiles Include="$(SpaRoot)build\**" />
              <ResolvedFileToPublish Include="@(DistFiles->'%(FullPath)')" Exclude="@(ResolvedFileToPublish)">
                <RelativePath>wwwroot\%(RecursiveDir)%(FileName)%(Extension)</RelativePath>
                <CopyToPublishDirectory>PreserveNewest</CopyToPublishDirectory>
                <ExcludeFromSingleFile>true</ExcludeFromSingleFile>
              </ResolvedFileToPublish>
            </ItemGroup>
          </Target>
        </Project>
        """;

    /// <summary>A front end with one real dependency from the npm registry, locked (without registry addresses).</summary>
    private static void WriteClient(Workspace workspace)
    {
        workspace.Write("Web/ClientApp/package.json", """
            { "name": "client", "version": "1.0.0", "private": true, "scripts": { "build": "node build.js" }, "dependencies": { "ms": "2.1.3" } }
            """);
        workspace.Write("Web/ClientApp/package-lock.json", """
            {
              "name": "client",
              "version": "1.0.0",
              "lockfileVersion": 3,
              "requires": true,
              "packages": {
                "": { "name": "client", "version": "1.0.0", "dependencies": { "ms": "2.1.3" } },
                "node_modules/ms": {
                  "version": "2.1.3",
                  "integrity": "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==",
                  "license": "MIT"
                }
              }
            }
            """);
        workspace.Write("Web/ClientApp/build.js", """
            const fs = require("fs");
            const ms = require("ms");
            fs.mkdirSync("build", { recursive: true });
            fs.writeFileSync("build/app.js", `window.twoDays = ${ms("2 days")}; // node ${process.versions.node}\n`);
            """);
    }

    private const string Program = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.UseStaticFiles();
        app.MapGet("/", () => "hello from {0}");
        app.Run();
        """;

    [Fact]
    public async Task A_front_end_built_by_npm_during_publish_builds_in_the_container_and_code_changes_keep_npm_ci_cached()
    {
        await docker.RequireImages("node:26-bookworm-slim");
        await using var scenario = ContainerScenario.Create(package, "spa", "Web");
        scenario.Workspace.Write("Web/Web.csproj", ProjectFile(scenario));
        scenario.Workspace.Write("Web/Program.cs", Program.Replace("{0}", "spa", StringComparison.Ordinal));
        WriteClient(scenario.Workspace);
        await scenario.Generate(publish: false);
        Assert.Contains("FROM --platform=$BUILDPLATFORM node:26-bookworm-slim AS node", File.ReadAllText(scenario.DockerfilePath));

        await scenario.Build();
        var url = await scenario.Start();
        var (status, body) = await scenario.Get(url);
        using var script = await Http.Get(url, "app.js");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hello from spa", body);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.StartsWith("window.twoDays = 172800000; // node 26.", await Http.Text(script));

        // A C# change: restore and npm ci come from the cache, publish (and the front end's build in it) runs again.
        scenario.Workspace.Write("Web/Program.cs", Program.Replace("{0}", "changed spa", StringComparison.Ordinal));
        var rebuild = await scenario.Build();
        Assert.Contains($"{ContainerScenario.StepId(rebuild.Output, "RUN cd Web/ClientApp && npm ci")} CACHED", rebuild.Output);
        Assert.Contains($"{ContainerScenario.StepId(rebuild.Output, "RUN dotnet restore")} CACHED", rebuild.Output);
        Assert.DoesNotContain($"{ContainerScenario.StepId(rebuild.Output, "&& dotnet publish")} CACHED", rebuild.Output);
        Assert.Equal("hello from changed spa", (await scenario.Get(await scenario.Start())).Body);
    }

    [Fact]
    public async Task The_node_stage_runs_on_the_build_platform_so_an_arm64_image_builds_its_front_end()
    {
        await docker.RequireImages("node:26-bookworm-slim");
        await using var scenario = ContainerScenario.Create(package, "spa-arm64", "Web");
        scenario.Workspace.Write("Web/Web.csproj", ProjectFile(scenario));
        scenario.Workspace.Write("Web/Program.cs", Program.Replace("{0}", "arm64", StringComparison.Ordinal));
        WriteClient(scenario.Workspace);
        await scenario.Generate(publish: false);
        var output = Path.Combine(scenario.Workspace.Root, "..", $"{Path.GetFileName(scenario.Workspace.Root)}-arm64-rootfs");

        // No emulation on this machine: a node binary of the target platform could not run npm ci.
        await scenario.Build($"docker buildx build --platform linux/arm64 --output type=local,dest={output}");

        Assert.StartsWith("window.twoDays = 172800000;", await File.ReadAllTextAsync(Path.Combine(output, "app", "wwwroot", "app.js"), TestContext.Current.CancellationToken));
        var apphost = await File.ReadAllBytesAsync(Path.Combine(output, "app", "Web"), TestContext.Current.CancellationToken);
        Assert.Equal(183, BitConverter.ToUInt16(apphost, 18)); // EM_AARCH64
    }

    private static string ProjectFile(ContainerScenario scenario) =>
        Project.Replace("{0}", scenario.ContainerRepositoryProperty, StringComparison.Ordinal).Replace("{1}", scenario.Workspace.PackageVersion, StringComparison.Ordinal);
}
