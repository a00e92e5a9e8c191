namespace Slim.Docker.Build.Planning;

/// <summary>Which images the Dockerfile uses, and what follows from them.</summary>
public sealed record ImageSelection
{
    public required ImageReference BuildImage { get; init; }

    public required ImageReference FinalImage { get; init; }

    /// <summary>Chiseled images: no shell, no package manager, user app (1654) preset.</summary>
    public required bool FinalIsDistroless { get; init; }

    /// <summary>The final image carries ICU and tzdata (the -extra variants, or installed by the Dockerfile).</summary>
    public required bool FinalHasGlobalizationData { get; init; }

    /// <summary>
    /// Alpine images for which Microsoft publishes no -extra variant: the Dockerfile installs ICU and
    /// tzdata itself so that a non-invariant app does not silently run invariant.
    /// </summary>
    public IReadOnlyList<string> FinalPackagesToInstall { get; init; } = [];

    /// <summary>Native AOT before .NET 10: no -aot SDK image, so the build stage installs the toolchain.</summary>
    public IReadOnlyList<string> BuildPackagesToInstall { get; init; } = [];

    /// <summary>The build stage runs on the build machine's platform and cross-targets with -a.</summary>
    public required bool BuildCrossTargets { get; init; }
}
