using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.FrontEnds;

/// <summary>Node.js in the build stage for the front ends publish builds, and the installs of the restore layer.</summary>
public sealed record FrontEndPlan
{
    public required FrontEndSignals Signals { get; init; }

    public required NodeVersionChoice Version { get; init; }

    /// <summary>The image node and npm are copied from (<c>node:24-bookworm-slim</c>).</summary>
    public required ImageReference NodeImage { get; init; }

    public required IReadOnlyList<FrontEndInstall> Installs { get; init; }

    /// <summary>The package managers other than npm the front end uses (warning SDB1075).</summary>
    public required IReadOnlyList<string> OtherManagers { get; init; }
}
