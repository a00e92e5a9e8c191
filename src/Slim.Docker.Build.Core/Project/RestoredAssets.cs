namespace Slim.Docker.Build.Project;

/// <summary>The packages of the app's restore graph and the native libraries they ship for the image.</summary>
public sealed record RestoredAssets(IReadOnlyList<string> PackageIds, IReadOnlyList<NativeAsset> NativeLibraries);
