using NuGet.Versioning;

namespace Slim.Docker.Build.Project;

/// <summary>What a global.json asks of the .NET SDK: the <c>sdk</c> section's <c>version</c> and <c>rollForward</c>.</summary>
/// <param name="Path">The file.</param>
/// <param name="SdkVersion">The SDK version it names, e.g. 10.0.100; null when it names none.</param>
/// <param name="RollForward">The policy as written (any case), or empty for the default.</param>
public sealed record GlobalJson(string Path, NuGetVersion? SdkVersion, string RollForward)
{
    /// <summary>The host's policy: <c>latestPatch</c> when a version is given, <c>latestMajor</c> when not.</summary>
    public string EffectiveRollForward => RollForward.Length > 0 ? RollForward : SdkVersion is null ? "latestMajor" : "latestPatch";

    /// <summary>The SDK's feature band (1 for 10.0.100 to 10.0.199).</summary>
    public int? FeatureBand => SdkVersion is null ? null : SdkVersion.Patch / 100;
}
