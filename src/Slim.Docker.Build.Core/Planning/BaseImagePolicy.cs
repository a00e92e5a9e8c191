namespace Slim.Docker.Build.Planning;

/// <summary>
/// Picks the smallest Microsoft image that still runs the app correctly (see README, "How the base image is chosen").
/// </summary>
public static class BaseImagePolicy
{
    public static ImageSelection Select(AppProfile app)
    {
        var version = app.Version.ToString();
        var finalRepository = app.Deployment != Deployment.FrameworkDependent
            ? "runtime-deps"
            : app.Kind == AppKind.Web ? "aspnet" : "runtime";

        return app.IsMusl ? SelectAlpine(app, version, finalRepository) : SelectChiseled(app, version, finalRepository);
    }

    private static ImageSelection SelectChiseled(AppProfile app, string version, string finalRepository)
    {
        // Chiseled images have no ICU and no tzdata; -extra adds both for apps that use cultures or time zones.
        var variant = app.Invariant ? "noble-chiseled" : "noble-chiseled-extra";
        return new ImageSelection
        {
            BuildImage = BuildImage(app, version, "noble"),
            FinalImage = ImageReference.DotNet(finalRepository, $"{version}-{variant}"),
            FinalIsDistroless = true,
            FinalHasGlobalizationData = !app.Invariant,
            BuildPackagesToInstall = NeedsToolchainInstall(app) ? ["clang", "zlib1g-dev"] : [],
            BuildCrossTargets = app.Deployment != Deployment.NativeAot,
        };
    }

    private static ImageSelection SelectAlpine(AppProfile app, string version, string finalRepository)
    {
        var extraPublished = HasAlpineExtra(app.Version, finalRepository);
        var useExtra = !app.Invariant && extraPublished;
        var installIcu = !app.Invariant && !extraPublished;
        return new ImageSelection
        {
            BuildImage = BuildImage(app, version, "alpine"),
            FinalImage = ImageReference.DotNet(finalRepository, useExtra ? $"{version}-alpine-extra" : $"{version}-alpine"),
            FinalIsDistroless = false,
            FinalHasGlobalizationData = !app.Invariant,
            FinalPackagesToInstall = installIcu ? ["icu-data-full", "icu-libs", "tzdata"] : [],
            BuildPackagesToInstall = NeedsToolchainInstall(app) ? ["clang", "build-base", "zlib-dev"] : [],
            BuildCrossTargets = app.Deployment != Deployment.NativeAot,
        };
    }

    /// <summary>
    /// Microsoft publishes -alpine-extra for runtime-deps on every supported version, and for runtime and
    /// aspnet from .NET 10 on.
    /// </summary>
    public static bool HasAlpineExtra(DotNetVersion version, string repository) =>
        repository == "runtime-deps" || version >= DotNetVersion.Net10;

    private static ImageReference BuildImage(AppProfile app, string version, string distro)
    {
        // The -aot SDK images (clang, lld and zlib preinstalled) exist from .NET 10 on.
        var tag = app.Deployment == Deployment.NativeAot && app.Version >= DotNetVersion.Net10
            ? $"{version}-{distro}-aot"
            : $"{version}-{distro}";
        return ImageReference.DotNet("sdk", tag);
    }

    private static bool NeedsToolchainInstall(AppProfile app) =>
        app.Deployment == Deployment.NativeAot && app.Version < DotNetVersion.Net10;
}
