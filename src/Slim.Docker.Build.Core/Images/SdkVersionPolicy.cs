using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Images;

/// <summary>
/// Chooses the SDK image's version: the highest of the app's target framework, every other framework the project
/// targets (restore reads them all, also with -f) and the SDK version global.json requires. An SDK image of a lower
/// version fails at the first dotnet command (global.json) or at restore (NETSDK1045).
/// </summary>
public static class SdkVersionPolicy
{
    // rollForward values that stay within the pinned feature band: Microsoft's sdk:<major.minor> tag moves to every new
    // feature band, so it cannot be relied on to satisfy them.
    private static readonly string[] WithinFeatureBand = ["patch", "latestPatch", "disable"];

    public static SdkVersionChoice Choose(AppProfile app, string targetFrameworks, GlobalJson? globalJson)
    {
        var frameworks = targetFrameworks.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(tfm => (Tfm: tfm, Version: FrameworkVersion(tfm)))
            .Where(f => f.Version is not null)
            .Select(f => (f.Tfm, Version: f.Version!.Value))
            .ToList();
        var required = globalJson?.SdkVersion is { } sdk ? new DotNetVersion(sdk.Major, sdk.Minor) : (DotNetVersion?)null;
        var newestFramework = frameworks.Count > 0 ? frameworks.Max(f => f.Version) : app.Version;

        var version = Max(Max(app.Version, newestFramework), required ?? app.Version);
        var explanation = new List<string>();
        if (version > app.Version)
        {
            explanation.Add($"The app targets {app.TargetFramework}, but this is a .NET {version} SDK, which builds .NET {app.Version} apps too (the final image stays .NET {app.Version}):");
            if (required is { } pinned && pinned >= version)
            {
                explanation.Add($"  {Path.GetFileName(globalJson!.Path)} requires SDK {globalJson.SdkVersion} (rollForward {globalJson.EffectiveRollForward}), which an older SDK image cannot run.");
            }

            var newer = frameworks.Where(f => f.Version == version && f.Version > app.Version).Select(f => f.Tfm).ToList();
            if (newer.Count > 0)
            {
                explanation.Add($"  the project also targets {string.Join(", ", newer)}, and restore restores every target framework.");
            }
        }

        var pinnedVersion = globalJson?.SdkVersion is { } exact
            && required == version
            && WithinFeatureBand.Contains(globalJson.EffectiveRollForward, StringComparer.OrdinalIgnoreCase)
                ? exact.ToNormalizedString()
                : null;
        return new SdkVersionChoice(version, explanation, pinnedVersion);
    }

    /// <summary>The .NET version of a TFM such as net8.0 or net10.0-windows; null for .NET Standard, .NET Framework and the like.</summary>
    private static DotNetVersion? FrameworkVersion(string tfm)
    {
        if (!tfm.StartsWith("net", StringComparison.OrdinalIgnoreCase) || tfm.Length < 4 || !char.IsDigit(tfm[3]))
        {
            return null;
        }

        var text = tfm[3..].Split('-')[0];
        return text.Contains('.', StringComparison.Ordinal) && DotNetVersion.TryParse(text, out var version) && version >= DotNetVersion.Net8 ? version : null;
    }

    private static DotNetVersion Max(DotNetVersion a, DotNetVersion b) => a >= b ? a : b;
}
