namespace Slim.Docker.Build.Model;

/// <summary>
/// A standalone Blazor WebAssembly app: published in the build stage, served by a web server (nginx) in the final
/// stage. Null in the model for every other app. The final stage's image, ports, user and labels are in <c>final</c>.
/// </summary>
public sealed record StaticSiteModel
{
    /// <summary>The web server's configuration file, relative to the build context (what the COPY names).</summary>
    public required string ConfigurationFile { get; init; }

    /// <summary>Its file name beside the Dockerfile (<c>nginx.conf</c>).</summary>
    public required string ConfigurationFileName { get; init; }

    /// <summary>Where the configuration goes in the image: <c>/etc/nginx/conf.d/default.conf</c>.</summary>
    public required string ConfigurationPath { get; init; }

    /// <summary>The site in the build stage: the publish output's wwwroot (<c>/app/wwwroot</c>).</summary>
    public required string PublishedFiles { get; init; }

    /// <summary>Where the web server serves files from: <c>/usr/share/nginx/html</c>.</summary>
    public required string DocumentRoot { get; init; }

    /// <summary>The build stage deletes the .br files, which the web server cannot serve.</summary>
    public required bool RemovesBrotliFiles { get; init; }

    /// <summary>The tcp ports nginx listens on.</summary>
    public required int[] ListenPorts { get; init; }

    /// <summary>The regular expression (nginx <c>map</c>) of the fingerprinted files cached for a year; empty for none.</summary>
    public required string FingerprintedFiles { get; init; }

    /// <summary>Why the build stage deletes the .br files.</summary>
    public required Explanation[] BrotliWhy { get; init; }

    /// <summary>What the two COPY lines bring.</summary>
    public required Explanation[] FilesWhy { get; init; }

    /// <summary>nginx.conf: the Cache-Control rules.</summary>
    public required Explanation[] CachingWhy { get; init; }

    /// <summary>nginx.conf: gzip_static, and why not Brotli.</summary>
    public required Explanation[] CompressionWhy { get; init; }

    /// <summary>nginx.conf: the MIME types of _framework.</summary>
    public required Explanation[] TypesWhy { get; init; }

    /// <summary>nginx.conf: the SPA fallback to index.html.</summary>
    public required Explanation[] FallbackWhy { get; init; }
}
