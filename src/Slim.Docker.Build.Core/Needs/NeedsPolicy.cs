using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Needs;

/// <summary>
/// Compares what the app needs from the OS with what the chosen image has, and moves to the smallest image that
/// has it: chiseled, then chiseled-extra (ICU), then the full image of the same repository and version with the
/// missing packages installed. An image the project chose (ContainerFamily, ContainerBaseImage) is kept: then
/// every unmet need is a warning that names the library, the file that needs it and the fix.
/// </summary>
public static class NeedsPolicy
{
    public static NeedsDecision Decide(ImageSelection selection, AppProfile app, AppNeeds needs, IReadOnlyList<string> userPackages, DiagnosticBag diagnostics)
    {
        foreach (var unreadable in needs.Unreadable)
        {
            diagnostics.Warning(
                DiagnosticCodes.NativeLibraryUnreadable,
                $"Cannot read the native library {unreadable.Display}: {unreadable.Error}. Slim.Docker.Build cannot tell which OS libraries it needs; " +
                "if the app fails to load it in the container, add the missing ones with SlimDockerfileOsPackages.");
        }

        if (selection.Final.Contents is not { } contents)
        {
            // An image from another registry: what it contains cannot be known from its name.
            return new NeedsDecision(selection, []);
        }

        var distribution = selection.Final.Family?.Distribution.Name ?? selection.FinalImage.Tag;
        var notTaken = needs.ConditionalNeeds
            .Select(n => n with { Library = NeedsCatalog.ForDistribution(n.Library, distribution) })
            .Where(n => !NeedsCatalog.Provides(contents, n.Library, selection.FinalHasGlobalizationData))
            .Where(n => NeedsCatalog.DebianPackage(n.Library) is not { } package || !userPackages.Contains(package, StringComparer.Ordinal))
            .ToList();
        foreach (var need in notTaken)
        {
            diagnostics.Warning(
                DiagnosticCodes.ConditionalNeedNotMet,
                $"{need.PackageId} loads '{need.Library}' only for {need.Feature.Description}, which most apps do not use, so the image stays " +
                $"{selection.FinalImage}, which does not contain it. If the app uses it, set SlimDockerfileOsFeatures={need.Feature.Name}: " +
                "the final stage then moves to the full image of the same repository and version and installs the library; otherwise ignore " +
                $"this warning (or silence it with <NoWarn>$(NoWarn);{DiagnosticCodes.ConditionalNeedNotMet.Id}</NoWarn>).");
        }

        var missing = needs.Needs
            .Select(n => n with { Library = NeedsCatalog.ForDistribution(n.Library, distribution) })
            .Where(n => !NeedsCatalog.Provides(contents, n.Library, selection.FinalHasGlobalizationData))
            .Where(n => NeedsCatalog.DebianPackage(n.Library) is not { } package || !userPackages.Contains(package, StringComparer.Ordinal))
            .ToList();
        if (missing.Count == 0)
        {
            return new NeedsDecision(selection, [], notTaken);
        }

        if (selection.FinalSource != FinalImageSource.Policy)
        {
            foreach (var need in missing)
            {
                diagnostics.Warning(DiagnosticCodes.ChosenImageLacksLibrary, ChosenImageMessage(selection, need));
            }

            return new NeedsDecision(selection, [], notTaken);
        }

        if (missing.All(n => NeedsCatalog.IsIcu(n.Library)) && selection.FinalFamily is { Distroless: true, Extra: false } family)
        {
            return new NeedsDecision(BaseImagePolicy.ForFamily(app, family with { Extra = true }, FinalImageSource.Policy), [], notTaken);
        }

        var installed = new List<NeedResolution>();
        foreach (var need in missing.Where(n => !NeedsCatalog.IsIcu(n.Library)))
        {
            if (!app.IsMusl && NeedsCatalog.DebianPackage(need.Library) is { } package)
            {
                installed.Add(new NeedResolution(need.Library, need.NeededBy, package));
                continue;
            }

            diagnostics.Warning(
                DiagnosticCodes.UnknownLibraryNeeded,
                $"{need.NeededBy} needs '{need.Library}', which {selection.FinalImage} does not contain and no {(app.IsMusl ? "Alpine" : "Debian/Ubuntu")} package " +
                $"known to Slim.Docker.Build provides. Install the package that provides it with SlimDockerfileOsPackages " +
                $"(e.g. SlimDockerfileOsPackages=<package>), or the app fails when it loads the library.");
        }

        return new NeedsDecision(selection, installed, notTaken);
    }

    private static string ChosenImageMessage(ImageSelection selection, NativeNeed need)
    {
        var chooser = selection.FinalSource == FinalImageSource.Family ? "ContainerFamily" : "ContainerBaseImage";
        var package = NeedsCatalog.DebianPackage(need.Library);
        var fix = NeedsCatalog.IsIcu(need.Library)
            ? "Use a family with -extra (ICU and time zone data), or set InvariantGlobalization=true if the app can run without them"
            : package is null
                ? $"Choose an image that contains it, or install the package that provides it with SlimDockerfileOsPackages on a full image (e.g. ContainerFamily=noble)"
                : selection.FinalIsDistroless
                    ? $"Use the full image (e.g. ContainerFamily=noble) with SlimDockerfileOsPackages={package}, or remove {chooser} to let Slim.Docker.Build do that"
                    : $"Set SlimDockerfileOsPackages={package}";
        return $"{need.NeededBy} needs '{need.Library}', but {selection.FinalImage} (chosen by {chooser}, so it is kept) does not contain it: " +
            $"the app fails when it loads the library. {fix}.";
    }
}
