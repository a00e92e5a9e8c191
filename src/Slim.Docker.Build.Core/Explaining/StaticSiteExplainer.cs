using Slim.Docker.Build.Model;
using Slim.Docker.Build.WebAssembly;
using static Slim.Docker.Build.Explaining.Explain;
using static Slim.Docker.Build.Explaining.ExplanationReason;

namespace Slim.Docker.Build.Explaining;

/// <summary>The words of a standalone Blazor WebAssembly app's Dockerfile and of its nginx configuration.</summary>
public static class StaticSiteExplainer
{
    public static Explanation[] Build() =>
    [
        Because(
            PlatformIndependentBuild,
            "It runs on the build machine's own platform: a WebAssembly app is the same files on every platform,",
            "so publish needs no -a $TARGETARCH, and a multi-platform build publishes once."),
    ];

    public static Explanation[] Server(bool fromProject, string configurationFile, string imageName) =>
    [
        fromProject
            ? Because(
                StaticSiteServerFromProject,
                "ContainerBaseImage: the web server image, used as given. The files and the configuration go where",
                $"nginx-unprivileged keeps them ({StaticSitePolicy.DocumentRoot}, {StaticSitePolicy.ConfigurationPath}).")
            : Because(
                StaticSiteServer,
                "The app runs in the browser, so the image needs no .NET, only a web server for the published files:",
                "nginx-unprivileged, nginx as its maintainers package it to run without root. It runs as the user",
                $"{StaticSitePolicy.ServerUser}, listens on 8080 and writes only to /tmp; alpine-slim is its smallest variant.",
                "It serves precompressed .gz files (gzip_static) but has no Brotli module. Its own entrypoint and",
                $"command start nginx in the foreground; {configurationFile} (next to this file) configures it."),
        Because(
            NoDebugStage,
            "No debug stage: nothing of .NET runs on the server for the diagnostic tools to attach to. Debug the app",
            $"with the browser's developer tools; the image has a shell: docker run --rm -it --entrypoint sh {imageName}"),
    ];

    public static Explanation[] BrotliRemoved(StaticSite site) =>
        !site.RemovesBrotliFiles ? []
        : [Because(
            BrotliFilesRemoved,
            "nginx cannot serve the .br files publish writes beside each file (no Brotli module), so they are",
            "deleted here rather than shipped; the .gz files stay for gzip_static.")];

    public static Explanation[] Files(string configurationFile) =>
    [
        Because(
            StaticSiteFiles,
            $"{configurationFile} replaces the image's default server, then the site: the wwwroot folder of publish.",
            "Both are owned by root: nginx reads them and cannot change them."),
    ];

    public static Explanation[] User(bool fromProject) =>
        fromProject ? [Because(UserFromProject, "ContainerUser: the web server runs as this user.")]
        : [Because(StaticSiteUser, $"The image already runs nginx as the non-root user {StaticSitePolicy.ServerUser}.")];

    public static Explanation[] Ports(StaticSite site) =>
        site.PortsFromProject
            ? [Because(StaticSitePorts, "ContainerPort items: nginx listens on the tcp ones (see the configuration).")]
            : [Because(StaticSitePorts, "nginx listens on 8080, like nginx-unprivileged and .NET images: no root needed for the port.")];

    public static Explanation[] Caching(StaticSite site) =>
        site.FingerprintedFiles is null
            ?
            [
                Because(
                    SiteCaching,
                    ".NET 8 names no published file by its content, so every file is revalidated on each load",
                    "(no-cache: the browser keeps it, and nginx answers 304 Not Modified while its ETag matches).",
                    "A new deployment is seen at once."),
            ]
            :
            [
                Because(
                    SiteCaching,
                    "The files of _framework named name.<hash>.ext get a new name when their content changes: cached for",
                    "a year, immutable. Every other file is revalidated on each load (no-cache: the browser keeps it, and",
                    "nginx answers 304 Not Modified while its ETag matches): index.html, and dotnet.js, which holds the",
                    "boot manifest in .NET 10 unless OverrideHtmlAssetPlaceholders fingerprints it (blazor.boot.json",
                    "in .NET 9). So a new deployment is seen at once, and an unchanged one downloads almost nothing."),
            ];

    public static Explanation[] Compression() =>
    [
        Because(
            SiteCompression,
            "Publish writes a .gz file beside every compressible one: gzip_static sends it to clients that accept",
            "gzip, without compressing on each request, and gzip_vary adds Vary: Accept-Encoding for caches.",
            "Brotli files would be smaller still, but brotli_static needs the ngx_brotli module, which nginx's own",
            "images (nginx-unprivileged among them) do not have."),
    ];

    public static Explanation[] Types() =>
    [
        Because(
            SiteTypes,
            "The types of _framework's files, which replace the MIME map there: browsers compile .wasm while it",
            "downloads only when it comes as application/wasm, which older nginx did not know."),
    ];

    public static Explanation[] Fallback() =>
    [
        Because(
            SiteFallback,
            "Any other path that is not a file is a route of the app (/counter): index.html answers it, and the",
            "Blazor router takes over. A missing _framework file stays a 404 rather than index.html, which the",
            "runtime would fail to load with a confusing error."),
    ];
}
