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
