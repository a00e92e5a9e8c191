using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Images;

/// <summary>
/// What an image is, as far as its reference tells: the one answer the planner, the needs check, the size report and
/// the explanations share (<see cref="ImageCatalog.Describe"/>). For Microsoft's .NET images the catalog's table knows;
/// for any other image only its name hints, and <see cref="Contents"/> is unknown.
/// </summary>
public sealed record ImageFacts
{
    public required ImageReference Image { get; init; }

    /// <summary>One of Microsoft's .NET images (mcr.microsoft.com/dotnet/...).</summary>
    public required bool IsMicrosoft { get; init; }

    /// <summary>The .NET version of the tag, for Microsoft's images.</summary>
    public DotNetVersion? Version { get; init; }

    /// <summary>The family the tag names, when the catalog knows it.</summary>
    public ImageFamily? Family { get; init; }

    /// <summary>No shell, no package manager; runs as the non-root user app (UID 1654) by itself.</summary>
    public required bool Distroless { get; init; }

    public required bool Musl { get; init; }

    public required PackageManager PackageManager { get; init; }

    /// <summary>ICU and time zone data.</summary>
    public required bool HasGlobalizationData { get; init; }

    /// <summary>The compressed size, from the catalog; null when it is not known (another registry, a family without a number).</summary>
    public ImageSize? CompressedSize { get; init; }

    /// <summary>Microsoft's distroless images preset the non-root user; every other image runs as root unless told.</summary>
    public bool RunsAsNonRoot => IsMicrosoft && Distroless;

    /// <summary>What libraries it carries, for the needs check; null when the table does not know the image.</summary>
    public ImageContents? Contents =>
        Family is null ? null
        : Musl ? ImageContents.Alpine
        : !Distroless ? ImageContents.Full
        : HasGlobalizationData ? ImageContents.ChiseledExtra
        : ImageContents.Chiseled;
}
