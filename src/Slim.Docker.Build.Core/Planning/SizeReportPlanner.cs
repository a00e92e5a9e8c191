using Slim.Docker.Build.Images;
using Slim.Docker.Build.Reporting;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Planning;

/// <summary>
/// Decides what the size report after publish says besides the measured layers: the base image's size from the
/// catalog (or why it is unknown) and the smaller choices the app allows, each with what it would put in the image.
/// </summary>
public static class SizeReportPlanner
{
    // What a deployment adds on top of runtime-deps, compressed (MB, gzip), measured with SDK 10.0.401 for linux-x64 on
    // hello-world apps (Console.WriteLine; WebApplication.CreateSlimBuilder with one MapGet), InvariantGlobalization:
    // the trimmed self-contained output without symbols, and the Native AOT executable. Real apps add their own code.
    private const double TrimmedConsole = 9.5;
    private const double TrimmedWeb = 11.1;
    private const double AotConsole = 0.6;
    private const double AotWeb = 4.6;

    public static SizeReportPlan Plan(AppProfile app, ImageSelection images, OutputLayout output) =>
        new()
        {
            FinalImage = images.FinalImage.ToString(),
            BaseSize = images.Final.CompressedSize,
            BaseSizeUnknown = images.Final.CompressedSize is not null ? ""
                : !images.Final.IsMicrosoft ? "an image from another registry: its size cannot be known from its name"
                : "Slim.Docker.Build has no size for this image",
            Split = output.Split,
            OneLayer = output.OneLayerReason switch
            {
                OneLayerReason.NativeAot => "Native AOT",
                OneLayerReason.SingleFile => "single file",
                OneLayerReason.CompositeReadyToRun => "composite ReadyToRun",
                _ => "",
            },
            SymbolPatterns = output.SymbolPatterns,
            WhatIfs = images.FinalSource == FinalImageSource.BaseImage || images.Final.Family is not { } family || images.Final.CompressedSize is null
                ? []
                : [.. WhatIfs(app, images, family)],
        };

    private static IEnumerable<WhatIf> WhatIfs(AppProfile app, ImageSelection images, ImageFamily family)
    {
        // ICU and time zone data are what -extra adds; an app that needs neither runs on the image without them.
        if (!app.Invariant && family.Extra && images.FinalPackagesToInstall.Count == 0
            && Describe(images.FinalImage.ShortName, app, family with { Extra = false }) is { CompressedSize: { } plain } image)
        {
            yield return new WhatIf("InvariantGlobalization=true", Name(image), plain, 0, KeepsPackages: true, KeepsApp: true,
                "if the app needs no cultures or time zones");
        }

        // runtime-deps of the same family: the app brings its runtime, trimmed or compiled into the executable.
        var runtimeDeps = Describe("runtime-deps", app, family with { Composite = false });
        if (runtimeDeps?.CompressedSize is not { } deps)
        {
            yield break;
        }

        var web = app.Kind == AppKind.Web;
        if (app.Deployment == Deployment.FrameworkDependent)
        {
            yield return new WhatIf("PublishTrimmed=true", Name(runtimeDeps) + " and a trimmed runtime", deps, web ? TrimmedWeb : TrimmedConsole,
                KeepsPackages: true, KeepsApp: true, "if the app and its packages are trim-compatible (publish warns otherwise)");
        }

        if (app.Deployment != Deployment.NativeAot)
        {
            yield return new WhatIf("PublishAot=true", Name(runtimeDeps) + " and one native executable", deps, web ? AotWeb : AotConsole,
                KeepsPackages: false, KeepsApp: true, "if the app and its packages are AOT-compatible (publish warns otherwise)");
        }
    }

    private static ImageFacts? Describe(string repository, AppProfile app, ImageFamily family) =>
        ImageCatalog.Find(family.Name, repository, app.Version) is null ? null
        : ImageCatalog.Describe(ImageReference.DotNet(repository, $"{app.Version}-{family.Name}"));

    private static string Name(ImageFacts image) => image.Image.ShortName + ":" + image.Image.Tag;
}
