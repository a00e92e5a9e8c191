using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.Settings;

/// <summary>The package's own Dockerfile settings (SlimDockerfile* properties and items), validated.</summary>
public sealed record DockerfileSettings
{
    /// <summary>SlimDockerfileSdkImage: the build stage's image instead of Microsoft's SDK image.</summary>
    public ImageReference? SdkImage { get; init; }

    /// <summary>SlimDockerfileRegistryMirror: <c>host[:port][/path]</c> in place of Microsoft's registry.</summary>
    public string? RegistryMirror { get; init; }

    public string? BaseImageDigest { get; init; }

    public string? SdkImageDigest { get; init; }

    /// <summary>SlimDockerfileOsPackages, sorted and without duplicates (the order does not matter to a package manager).</summary>
    public IReadOnlyList<string> OsPackages { get; init; } = [];

    /// <summary>SlimDockerfileBuildArg items, sorted by name; the last of a name wins.</summary>
    public IReadOnlyList<BuildArgument> BuildArgs { get; init; } = [];

    /// <summary>SlimDockerfileOsFeatures: features of the app's packages it uses that need OS libraries (kerberos, ldap).</summary>
    public IReadOnlyList<string> OsFeatures { get; init; } = [];

    public bool CacheMounts { get; init; }

    /// <summary>SlimDockerfileCompose: write this app's service into the build context's compose.yaml.</summary>
    public bool Compose { get; init; }

    /// <summary>SlimDockerfileNuGetConfigSecret: the BuildKit secret id restore reads its nuget.config from, or null (off).</summary>
    public string? NuGetConfigSecret { get; init; }

    public bool CopyLink { get; init; } = true;

    /// <summary>SlimDockerfileSymbols: which symbol files stay in the final image.</summary>
    public SymbolFiles Symbols { get; init; } = SymbolFiles.Managed;
}
