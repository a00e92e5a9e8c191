using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Images;

/// <summary>
/// A distribution of Microsoft's .NET images: the part of the tag after the version, before any
/// <c>-composite</c>/<c>-extra</c>. <paramref name="Full"/> names the distribution with a shell and a package manager
/// that a distroless one is cut from; <paramref name="OperatingSystem"/> is how explanations name it;
/// <paramref name="Versions"/> are the .NET versions Microsoft publishes it for; <paramref name="Arm32From"/> is the
/// first of those with 32-bit Arm images (null: none).
/// </summary>
public sealed record ImageDistribution(
    string Name,
    string OperatingSystem,
    bool Distroless,
    bool Musl,
    PackageManager PackageManager,
    string? Full,
    IReadOnlyList<DotNetVersion> Versions,
    DotNetVersion? Arm32From)
{
    public bool PublishedFor(DotNetVersion version) => Versions.Contains(version);

    /// <summary>Whether images of <paramref name="version"/> exist for the RID architecture <paramref name="architecture"/> (x64, arm64, arm).</summary>
    public bool HasArchitecture(DotNetVersion version, string architecture) =>
        architecture != "arm" || (Arm32From is { } from && version >= from);
}
