using Slim.Docker.Build.Needs;

namespace Slim.Docker.Build.Images;

/// <summary>Which images the Dockerfile uses, and what follows from them.</summary>
public sealed record ImageSelection
{
    public required ImageReference BuildImage { get; init; }

    /// <summary>The final stage's image and what it is (<see cref="ImageCatalog.Describe"/>).</summary>
    public required ImageFacts Final { get; init; }

    public ImageReference FinalImage => Final.Image;

    /// <summary>No shell, no package manager, user app (1654) preset: chiseled and distroless images.</summary>
    public bool FinalIsDistroless => Final.Distroless;

    /// <summary>The final image carries ICU and tzdata (the -extra variants, full images, or installed by the Dockerfile).</summary>
    public bool FinalHasGlobalizationData => Final.HasGlobalizationData || FinalPackagesToInstall.Count > 0;

    public PackageManager FinalPackageManager => Final.PackageManager;

    /// <summary>The tag's variant (<c>noble-chiseled-extra</c>) of Microsoft's image; empty for a ContainerBaseImage.</summary>
    public string FinalVariant =>
        FinalSource == FinalImageSource.BaseImage || FinalImage.Tag.IndexOf('-', StringComparison.Ordinal) is var dash && dash < 0
            ? ""
            : FinalImage.Tag[(dash + 1)..];

    /// <summary>The family of Microsoft's image the final stage uses; null for a ContainerBaseImage or a family the table does not know.</summary>
    public ImageFamily? FinalFamily => FinalSource == FinalImageSource.BaseImage ? null : Final.Family;

    /// <summary>
    /// Alpine images for which Microsoft publishes no -extra variant: the Dockerfile installs ICU and
    /// tzdata itself so that a non-invariant app does not silently run invariant.
    /// </summary>
    public IReadOnlyList<string> FinalPackagesToInstall { get; init; } = [];

    /// <summary>Native AOT before .NET 10: no -aot SDK image, so the build stage installs the toolchain.</summary>
    public IReadOnlyList<string> BuildPackagesToInstall { get; init; } = [];

    /// <summary>The build stage runs on the build machine's platform and cross-targets with -a.</summary>
    public required bool BuildCrossTargets { get; init; }

    public FinalImageSource FinalSource { get; init; } = FinalImageSource.Policy;

    /// <summary>The project's own OS packages (SlimDockerfileOsPackages), installed after <see cref="FinalPackagesToInstall"/>.</summary>
    public IReadOnlyList<string> FinalOsPackages { get; init; } = [];

    /// <summary>The distroless image that would have been used, had the OS packages not needed a package manager.</summary>
    public ImageReference? FinalReplacedDistroless { get; init; }

    /// <summary>OS packages added because a library the app ships or a package it uses needs them (part of <see cref="FinalOsPackages"/>).</summary>
    public IReadOnlyList<NeedResolution> FinalNeeds { get; init; } = [];

    /// <summary>Needs of features the project did not opt in to (SlimDockerfileOsFeatures) that the final image does not meet.</summary>
    public IReadOnlyList<ConditionalNeed> FinalNeedsNotTaken { get; init; } = [];

    /// <summary>The image of the debug stage (see <see cref="ImagePlanner.DebugImage"/>); set by the planner.</summary>
    public ImageReference? DebugImage { get; init; }

    /// <summary>SlimDockerfileSdkImage named the build stage's image.</summary>
    public bool BuildImageFromProject { get; init; }
}
