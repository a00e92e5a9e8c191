using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Images;

/// <summary>
/// Picks the smallest Microsoft image that still runs the app correctly (see README, "How the images are chosen"),
/// or the image of the family the project asks for.
/// </summary>
public static class BaseImagePolicy
{
    private static readonly string[] AlpineGlobalizationPackages = ["icu-data-full", "icu-libs", "tzdata"];

    public static ImageSelection Select(AppProfile app)
    {
        if (!app.IsMusl)
        {
            // Chiseled images have no ICU and no tzdata; -extra adds both for apps that use cultures or time zones.
            return ForFamily(app, new ImageFamily(ImageFamilies.NobleChiseled, Composite: false, Extra: !app.Invariant), FinalImageSource.Policy);
        }

        var extraPublished = HasAlpineExtra(app.Version, FinalRepository(app));
        var selection = ForFamily(app, new ImageFamily(ImageFamilies.Alpine, Composite: false, Extra: !app.Invariant && extraPublished), FinalImageSource.Policy);
        return !app.Invariant && !extraPublished
            ? selection with { FinalPackagesToInstall = AlpineGlobalizationPackages, FinalHasGlobalizationData = true }
            : selection;
    }

    /// <summary>The final image of <paramref name="family"/> for the app's repository and version.</summary>
    public static ImageSelection ForFamily(AppProfile app, ImageFamily family, FinalImageSource source)
    {
        var version = app.Version.ToString();
        return new ImageSelection
        {
            BuildImage = BuildImage(app, (app.SdkVersion ?? app.Version).ToString(), app.IsMusl ? "alpine" : "noble"),
            FinalImage = ImageReference.DotNet(FinalRepository(app), $"{version}-{family.Name}"),
            FinalIsDistroless = family.Distroless,
            FinalHasGlobalizationData = family.HasGlobalizationData,
            FinalFamily = family,
            FinalPackageManager = family.PackageManager,
            FinalSource = source,
            BuildPackagesToInstall = !NeedsToolchainInstall(app) ? [] : app.IsMusl ? ["clang", "build-base", "zlib-dev"] : ["clang", "zlib1g-dev"],
            BuildCrossTargets = app.Deployment != Deployment.NativeAot,
        };
    }

    /// <summary>runtime-deps for apps that bring their own runtime, else aspnet for web apps and runtime for the others.</summary>
    public static string FinalRepository(AppProfile app) =>
        app.HasOwnRuntime ? "runtime-deps" : app.Kind == AppKind.Web ? "aspnet" : "runtime";

    /// <summary>
    /// Microsoft publishes -alpine-extra for runtime-deps on every supported version, and for runtime and
    /// aspnet from .NET 10 on.
    /// </summary>
    public static bool HasAlpineExtra(DotNetVersion version, string repository) =>
        repository == "runtime-deps" || version >= DotNetVersion.Net10;

    private static ImageReference BuildImage(AppProfile app, string version, string distro)
    {
        // The -aot SDK images (clang, lld and zlib preinstalled) exist from .NET 10 on.
        var tag = app.Deployment == Deployment.NativeAot && (app.SdkVersion ?? app.Version) >= DotNetVersion.Net10
            ? $"{version}-{distro}-aot"
            : $"{version}-{distro}";
        return ImageReference.DotNet("sdk", tag);
    }

    private static bool NeedsToolchainInstall(AppProfile app) =>
        app.Deployment == Deployment.NativeAot && (app.SdkVersion ?? app.Version) < DotNetVersion.Net10;
}
