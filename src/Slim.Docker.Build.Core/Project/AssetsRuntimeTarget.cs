namespace Slim.Docker.Build.Project;

/// <summary>An entry of a portable target's <c>runtimeTargets</c>: an asset of one RID (<c>native</c>, <c>runtime</c>, ...).</summary>
public sealed record AssetsRuntimeTarget(string Path, string AssetType, string Rid);
