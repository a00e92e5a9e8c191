namespace Slim.Docker.Build.Project;

/// <summary>
/// A native library a package ships for the image's platform, as restore resolved it: <c>AssetPath</c> is the path inside
/// the package (<c>runtimes/linux-x64/native/libSkiaSharp.so</c>), <c>FullPath</c> where restore put it (null when no
/// package folder holds it).
/// </summary>
public sealed record NativeAsset(string PackageId, string PackageVersion, string AssetPath, string? FullPath)
{
    /// <summary>How messages name it: <c>libSkiaSharp.so (SkiaSharp.NativeAssets.Linux 3.119.0)</c>.</summary>
    public string Display => $"{Path.GetFileName(AssetPath)} ({PackageId} {PackageVersion})";
}
