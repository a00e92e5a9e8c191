using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.WebAssembly;

/// <summary>
/// The facts behind a standalone Blazor WebAssembly app's image: which web server, where its files and configuration go,
/// and which published files carry a content hash.
/// </summary>
public static class StaticSitePolicy
{
    /// <summary>
    /// nginx as nginx's maintainers package it to run unprivileged: it runs as UID 101, listens on 8080, keeps its pid
    /// and temporary files in /tmp, and has gzip_static; the Alpine slim variant is the smallest of their images.
    /// </summary>
    public static readonly ImageReference DefaultServer = new("", "nginxinc/nginx-unprivileged", "stable-alpine-slim");

    /// <summary>The image's user: nginx, UID 101.</summary>
    public const string ServerUser = "nginx (UID 101)";

    /// <summary>Where the image's nginx serves files from.</summary>
    public const string DocumentRoot = "/usr/share/nginx/html";

    /// <summary>The server block the image's nginx.conf includes inside its http block.</summary>
    public const string ConfigurationPath = "/etc/nginx/conf.d/default.conf";

    /// <summary>The folder of the publish output that holds the site (index.html, _framework/).</summary>
    public const string PublishedFolder = "wwwroot";

    /// <summary>The port of nginx-unprivileged, and of every .NET image since .NET 8.</summary>
    public const int DefaultPort = 8080;

    /// <summary>
    /// From .NET 9 on, publish names every file of _framework that is not the entry point name.&lt;10 characters of
    /// [0-9a-z]&gt;.ext (dotnet.js and blazor.webassembly.js too when OverrideHtmlAssetPlaceholders is true). Files
    /// without the hash (index.html, dotnet.js that holds the .NET 10 boot manifest, blazor.boot.json of .NET 8/9)
    /// never match, so they are always revalidated.
    /// </summary>
    public const string FingerprintedFrameworkFile = @"^/_framework/.+\.[0-9a-z]{10}\.(wasm|dat|js|pdb)$";

    /// <summary>The pattern of fingerprinted files for the app's .NET version; .NET 8 fingerprints none.</summary>
    public static string? FingerprintedFiles(DotNetVersion version) => version >= DotNetVersion.Net9 ? FingerprintedFrameworkFile : null;

    /// <summary>
    /// The configuration's file name beside the Dockerfile: <c>nginx.conf</c> beside <c>Dockerfile</c>, <c>api.nginx.conf</c>
    /// beside <c>api.Dockerfile</c>. It never starts with "Dockerfile", which the generated .dockerignore excludes.
    /// </summary>
    public static string ConfigurationFileName(string dockerfileName)
    {
        var at = dockerfileName.IndexOf("dockerfile", StringComparison.OrdinalIgnoreCase);
        return at < 0
            ? dockerfileName + ".nginx.conf"
            : string.Concat(dockerfileName.AsSpan(0, at), "nginx", dockerfileName.AsSpan(at + "dockerfile".Length), ".conf");
    }
}
