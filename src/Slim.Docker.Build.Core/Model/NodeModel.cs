namespace Slim.Docker.Build.Model;

/// <summary>
/// Node.js in the build stage, for a JavaScript front end that publish builds: the <c>node</c> stage it is copied from,
/// and the front ends whose packages the restore layer installs. Null in the model when publish builds no front end.
/// </summary>
public sealed record NodeModel
{
    /// <summary>The official node image of the chosen line (<c>node:24-bookworm-slim</c>, <c>-alpine</c> for musl builds).</summary>
    public required string Image { get; init; }

    /// <summary>The Node.js major version.</summary>
    public required int Major { get; init; }

    /// <summary>
    /// The build image's CA bundle, which node is told to trust (<c>NODE_EXTRA_CA_CERTS</c>) as dotnet restore trusts it:
    /// a certificate added to the build stage for a proxy or a private registry then works for npm too.
    /// </summary>
    public required string CaCertificates { get; init; }

    /// <summary>The front ends npm ci installs before the sources are copied (those with package-lock.json).</summary>
    public required FrontEndInstallModel[] Installs { get; init; }

    /// <summary>Why the build stage has Node.js, and why this version.</summary>
    public required Explanation[] Why { get; init; }

    /// <summary>Why the front ends' packages are installed before the sources (empty without installs).</summary>
    public required Explanation[] InstallWhy { get; init; }
}
