using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.WebAssembly;

/// <summary>What the image of a standalone Blazor WebAssembly app serves, and how (<see cref="StaticSitePlanner"/>).</summary>
public sealed record StaticSite
{
    /// <summary>The ports the web server listens on and the image exposes: ContainerPort items (tcp), else 8080.</summary>
    public required IReadOnlyList<ContainerPort> Ports { get; init; }

    /// <summary>The ports came from ContainerPort items.</summary>
    public required bool PortsFromProject { get; init; }

    /// <summary>
    /// The nginx regular expression of the files whose name carries a content hash (cached for a year), or null when
    /// the .NET version fingerprints none (.NET 8): then every file is revalidated.
    /// </summary>
    public string? FingerprintedFiles { get; init; }

    /// <summary>The web server cannot serve Brotli files, so the build stage deletes them instead of shipping them.</summary>
    public required bool RemovesBrotliFiles { get; init; }

    /// <summary>Absolute path of the web server's configuration, generated next to the Dockerfile.</summary>
    public required string ConfigurationFile { get; init; }
}
