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
            return ForFamily(app, new ImageFamily(Chiseled(app), Composite: false, Extra: !app.Invariant), FinalImageSource.Policy);
        }

        var extraPublished = HasAlpineExtra(app.Version, FinalRepository(app));
        var selection = ForFamily(app, new ImageFamily(ImageCatalog.Alpine, Composite: false, Extra: !app.Invariant && extraPublished), FinalImageSource.Policy);
        return !app.Invariant && !extraPublished
            ? selection with { FinalPackagesToInstall = AlpineGlobalizationPackages }
            : selection;
    }

    /// <summary>The final image of <paramref name="family"/> for the app's repository and version.</summary>
    public static ImageSelection ForFamily(AppProfile app, ImageFamily family, FinalImageSource source) =>
        ForTag(app, $"{app.Version}-{family.Name}", source);

    /// <summary>
    /// A ContainerFamily the table does not know, used as the SDK uses any family: the tag <c>&lt;version&gt;-&lt;family&gt;</c>,
    /// with -extra after a <c>-chiseled</c> one when the app needs ICU.
    /// </summary>
    public static ImageSelection ForUnknownFamily(AppProfile app, string family) =>
        ForTag(app, UnknownFamilyTag(app, family), FinalImageSource.Family);

    /// <summary>The tag of a family the table does not know, by the SDK's rule.</summary>
    public static string UnknownFamilyTag(AppProfile app, string family) =>
        $"{app.Version}-{family}{(family.EndsWith("-chiseled", StringComparison.Ordinal) && !app.IsMusl && !app.Invariant ? "-extra" : "")}";

    /// <summary>runtime-deps for apps that bring their own runtime, else aspnet for web apps and runtime for the others.</summary>
    public static string FinalRepository(AppProfile app) =>
        app.HasOwnRuntime ? "runtime-deps" : app.Kind == AppKind.Web ? "aspnet" : "runtime";

    /// <summary>Whether Microsoft publishes the floating -alpine-extra tag for the repository and version.</summary>
    public static bool HasAlpineExtra(DotNetVersion version, string repository) =>
        ImageCatalog.Find("alpine-extra", repository, version) is not null;

    /// <summary>
    /// The distroless distribution of the app's .NET version, for its architectures: the release's own (noble-chiseled),
    /// or, where that has no images for one of them (32-bit Arm on .NET 8), another that has them all.
    /// </summary>
    public static ImageDistribution Chiseled(AppProfile app)
    {
        var release = ImageCatalog.Release(app.Version);
        bool HasAll(ImageDistribution d) => app.Architectures.All(a => d.HasArchitecture(app.Version, a));
        return HasAll(release.Chiseled)
            ? release.Chiseled
            : ImageCatalog.Distributions.FirstOrDefault(d => d.Distroless && !d.Musl && d.PublishedFor(app.Version) && HasAll(d))
                ?? release.Chiseled;
    }

    /// <summary>The full distribution the generator builds and debugs on: the one the default distroless image is cut from.</summary>
    public static string FullDistribution(AppProfile app) =>
        app.IsMusl ? ImageCatalog.Alpine.Name : Chiseled(app).Full ?? ImageCatalog.Release(app.Version).Ubuntu.Name;

    private static ImageSelection ForTag(AppProfile app, string tag, FinalImageSource source) =>
        new()
        {
            BuildImage = BuildImage(app),
            Final = ImageCatalog.Describe(ImageReference.DotNet(FinalRepository(app), tag)),
            FinalSource = source,
            BuildPackagesToInstall = !NeedsToolchainInstall(app) ? [] : app.IsMusl ? ["clang", "build-base", "zlib-dev"] : ["clang", "zlib1g-dev"],
            BuildCrossTargets = app.Deployment != Deployment.NativeAot,
        };

    /// <summary>
    /// The SDK image: of the SDK version the repository needs (global.json, other target frameworks: <see cref="AppProfile.SdkVersion"/>),
    /// on the distribution the app's images come from, with the Native AOT toolchain where that version has an -aot image.
    /// </summary>
    private static ImageReference BuildImage(AppProfile app)
    {
        var version = app.SdkVersion ?? app.Version;
        var distribution = version == app.Version || app.IsMusl ? FullDistribution(app) : ImageCatalog.Release(version).Ubuntu.Name;
        var tag = $"{version}-{distribution}";
        return ImageReference.DotNet("sdk", app.Deployment == Deployment.NativeAot && ImageCatalog.Release(version).AotSdk ? tag + "-aot" : tag);
    }

    private static bool NeedsToolchainInstall(AppProfile app) =>
        app.Deployment == Deployment.NativeAot && !ImageCatalog.Release(app.SdkVersion ?? app.Version).AotSdk;
}
