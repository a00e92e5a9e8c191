using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Settings;
using static Slim.Docker.Build.Explaining.Explain;
using static Slim.Docker.Build.Explaining.ExplanationReason;

namespace Slim.Docker.Build.Explaining;

/// <summary>
/// The words above the final stage's FROM: why its image is the one chosen (repository, family, globalization data).
/// The decisions were made by the planner; this only says them.
/// </summary>
public static class FinalImageExplainer
{
    /// <summary>Repository, family, then globalization data.</summary>
    public static Explanation[] Why(AppProfile app, ImageSelection images, ContainerSettings container)
    {
        if (images.FinalSource == FinalImageSource.BaseImage)
        {
            return
            [
                Because(
                    BaseImageAsGiven,
                    "ContainerBaseImage: the project names this image, so it is used exactly as given. Slim.Docker.Build",
                    "  cannot see inside it: the .NET runtime the app needs, ICU and time zone data are the image's business."),
            ];
        }

        List<Explanation> why = [Repository(app)];
        if (app.ReadyToRun)
        {
            why.Add(Because(
                ReadyToRun,
                "PublishReadyToRun=true: the assemblies are precompiled (in the build stage, for the target architecture)",
                "  for faster startup; the image is larger, the base the same."));
        }

        var variant = images.FinalVariant;
        if (images.FinalSource == FinalImageSource.Family)
        {
            var extraAdded = variant != container.RequestedFamily && images.FinalReplacedDistroless is null;
            why.Add(extraAdded
                ? Because(
                    FamilyFromProject,
                    $"ContainerFamily={container.RequestedFamily}: the project chose this variant of the image; -extra is added",
                    "  because InvariantGlobalization is not true, as dotnet publish -t:PublishContainer does.")
                : Because(FamilyFromProject, $"ContainerFamily={container.RequestedFamily}: the project chose this variant of the image."));
        }

        if (images.FinalFamily is not { } family)
        {
            why.Add(Because(
                UnknownFamily,
                $"{variant}: not a family Slim.Docker.Build knows (warning SDB1050), so it cannot tell what the image contains: check",
                "  that it has what the app needs (ICU and time zone data unless InvariantGlobalization=true, the OS libraries its native packages load)."));
            return [.. why];
        }

        why.Add(Family(app, images, family));
        var release = ImageCatalog.Release(app.Version);
        if (images.FinalSource == FinalImageSource.Policy && family.Distroless && family.Distribution != release.Chiseled)
        {
            why.Add(Because(
                ArchitectureFallback,
                $"  ({release.Chiseled.Name} would be the first choice, but Microsoft publishes no {string.Join("/", app.Architectures.Where(a => !release.Chiseled.HasArchitecture(app.Version, a)).Select(a => "linux-" + a))} images of it for .NET {app.Version}.)"));
        }

        if (images.FinalReplacedDistroless is null && Globalization(app, images, family) is { } globalization)
        {
            why.Add(globalization);
        }

        foreach (var need in images.FinalNeedsNotTaken)
        {
            why.Add(Because(
                ConditionalNeedNotTaken,
                $"{need.PackageId} loads {need.Library} only for {need.Feature.Description}, which this image does not",
                $"  have (warning SDB4005): set SlimDockerfileOsFeatures={need.Feature.Name} if the app uses it."));
        }

        return [.. why];
    }

    private static Explanation Repository(AppProfile app) => app.Deployment switch
    {
        Deployment.NativeAot => Because(
            NativeAotNeedsNoRuntime,
            "runtime-deps: PublishAot=true compiles the app to one native executable that needs no .NET runtime,",
            "  only the OS libraries .NET depends on."),
        Deployment.SelfContained => Because(
            SelfContainedNeedsNoRuntime,
            $"runtime-deps: the app is self-contained{(app.Trimmed ? " and trimmed (PublishTrimmed=true)" : "")}{(app.SingleFile ? ", published as a single file" : "")}:",
            "  it carries its own .NET runtime, so the image needs only the OS libraries .NET depends on."),
        _ when app.Kind == AppKind.Web => Because(AspNetCoreApp, "aspnet: the app is framework-dependent and references ASP.NET Core (Microsoft.AspNetCore.App)."),
        _ => Because(ConsoleApp, "runtime: the app is framework-dependent and does not reference ASP.NET Core."),
    };

    private static Explanation Family(AppProfile app, ImageSelection images, ImageFamily family)
    {
        var manager = Name(images.FinalPackageManager);
        if (images.FinalReplacedDistroless is { } replaced && images.FinalNeeds.Count > 0)
        {
            return Because(
                FullImageForNativeLibraries,
                [
                    $"{family.Name}: native code the app ships needs OS libraries that the distroless image",
                    $"  {replaced} does not have:",
                    .. images.FinalNeeds.Select(n => $"  - {n.Library} (Debian/Ubuntu package {n.Package}), needed by {n.NeededBy}"),
                    $"  So this stage uses the full image of the same repository and version (a shell, {manager}, ICU and",
                    "  time zone data), installs the packages as root, then switches to a non-root user itself.",
                ]);
        }

        if (images.FinalReplacedDistroless is { } distroless)
        {
            return Because(
                FullImageForOsPackages,
                $"{family.Name}: SlimDockerfileOsPackages needs a package manager, which the distroless image",
                $"  {distroless} does not have. So this stage uses the full image of the same repository",
                $"  and version (a shell, {manager}, ICU and time zone data), installs the packages as root, then",
                "  switches to a non-root user itself.");
        }

        var system = family.Distribution.OperatingSystem;
        if (family.Distroless && system == ImageCatalog.AzureLinuxDistroless.OperatingSystem)
        {
            return Because(
                Distroless,
                $"{family.Name}: {system} cut down to what .NET needs: no shell, no package manager, and it runs",
                "  as the non-root user app (UID 1654). For a shell and the diagnostic tools, build the debug stage.");
        }

        if (family.Distroless)
        {
            return Because(
                Distroless,
                $"{(family with { Extra = false }).Name}: {system} cut down to what .NET needs: no shell, no package manager, and it runs as",
                "  the non-root user app (UID 1654). For a shell and the diagnostic tools, build the debug stage.");
        }

        if (app.IsMusl)
        {
            return Because(MuslApp, $"alpine: the app targets musl ({app.RuntimeIdentifierNames}), so it runs on Alpine Linux.");
        }

        if (family.Musl)
        {
            return Because(Alpine, $"{family.Name}: Alpine Linux (musl), which runs framework-dependent apps built for any Linux.");
        }

        return Because(
            FullImage,
            $"{family.Name}: a full image, with a shell and {manager}; it defines the non-root",
            "  user app (UID 1654) but does not switch to it, so the Dockerfile does.");
    }

    private static Explanation? Globalization(AppProfile app, ImageSelection images, ImageFamily family)
    {
        if (images.FinalHasGlobalizationData)
        {
            return images.FinalPackagesToInstall.Count > 0
                ? Because(
                    GlobalizationDataInstalled,
                    "ICU and time zone data are installed below because InvariantGlobalization is not true: cultures and",
                    "  time zones then work. Set <InvariantGlobalization>true</InvariantGlobalization> to drop them.")
                : family.Distroless || family.Musl
                    ? Because(
                        GlobalizationDataInImage,
                        "-extra: ICU and time zone data, because InvariantGlobalization is not true: cultures and time zones",
                        "  work. Set <InvariantGlobalization>true</InvariantGlobalization> if the app needs neither, for a smaller image.")
                    : null;
        }

        return app.Invariant
            ? Because(
                InvariantGlobalization,
                "No ICU or time zone data: InvariantGlobalization=true, so the app formats every culture like the",
                "  invariant one. Remove it (or set it to false) if the app needs cultures or time zones.")
            : Because(
                NoGlobalizationData,
                "No ICU or time zone data: the app will run with invariant culture data and",
                "  no time zones (warning SDB1020). Choose a family with -extra, or set InvariantGlobalization=true.");
    }
}
