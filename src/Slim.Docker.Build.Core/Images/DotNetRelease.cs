using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Images;

/// <summary>
/// One row per .NET version in <see cref="ImageCatalog"/>: which distribution its plain tag (<c>10.0</c>) is, which
/// glibc distribution the generator builds on (SDK, debug image) and whose distroless form it ships, whether SDK
/// images with the Native AOT toolchain exist, and floating tags Microsoft does not publish as multi-platform images.
/// A new .NET version is a new row.
/// </summary>
public sealed record DotNetRelease(
    DotNetVersion Version,
    ImageDistribution PlainTag,
    ImageDistribution Ubuntu,
    ImageDistribution Chiseled,
    bool AotSdk,
    IReadOnlyList<(string Repository, string Family)> Missing);
