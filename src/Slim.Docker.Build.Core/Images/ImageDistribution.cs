using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Images;

/// <summary>
/// A distribution of Microsoft's .NET images: the part of the tag after the version, before any
/// <c>-composite</c>/<c>-extra</c>. <paramref name="Full"/> names the distribution with a shell and a
/// package manager that a distroless one is cut from; <paramref name="OperatingSystem"/> is how explanations name it.
/// </summary>
public sealed record ImageDistribution(
    string Name,
    string OperatingSystem,
    bool Distroless,
    bool Musl,
    PackageManager PackageManager,
    string? Full,
    DotNetVersion Oldest,
    DotNetVersion? Newest = null)
{
    public bool PublishedFor(DotNetVersion version) => version >= Oldest && (Newest is not { } newest || version <= newest);
}
