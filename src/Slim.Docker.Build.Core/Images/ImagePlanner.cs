using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Needs;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Images;

/// <summary>
/// Decides the two images of the Dockerfile from the project's settings, in the SDK's order of precedence:
/// ContainerBaseImage, else ContainerFamily, else <see cref="BaseImagePolicy"/>. Then what the app needs from the
/// OS (<see cref="NeedsPolicy"/>) and the SlimDockerfile* settings adjust the result: OS packages, the SDK image,
/// digests and the registry mirror.
/// </summary>
public static class ImagePlanner
{
    public static ImageSelection? Plan(AppProfile app, ContainerSettings container, DockerfileSettings dockerfile, DiagnosticBag diagnostics) =>
        Plan(app, AppNeeds.None, container, dockerfile, diagnostics);

    public static ImageSelection? Plan(AppProfile app, AppNeeds needs, ContainerSettings container, DockerfileSettings dockerfile, DiagnosticBag diagnostics)
    {
        var chosen = container.BaseImage is { } baseImage ? FromBaseImage(app, baseImage)
            : container.Family is { } family ? BaseImagePolicy.ForFamily(app, family, FinalImageSource.Family)
            : container.UnknownFamily is { } unknown ? BaseImagePolicy.ForUnknownFamily(app, unknown)
            : BaseImagePolicy.Select(app);

        if (!PublishedForEveryArchitecture(app, chosen, diagnostics))
        {
            return null;
        }

        var decision = NeedsPolicy.Decide(chosen, app, needs, dockerfile.OsPackages, diagnostics);
        var selection = decision.Selection with { FinalNeedsNotTaken = decision.NotTaken ?? [] };
        var packages = dockerfile.OsPackages.Concat(decision.Installed.Select(n => n.Package))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (packages.Count > 0)
        {
            selection = WithOsPackages(selection, app, packages, diagnostics);
            if (selection is null)
            {
                return null;
            }

            selection = selection with { FinalNeeds = decision.Installed };
        }

        return WithProjectSettings(selection, DebugImage(app), dockerfile, diagnostics);
    }

    /// <summary>
    /// A standalone Blazor WebAssembly app: the SDK image builds it (its output is the same on every platform, so the
    /// stage always runs on the build machine's platform), and <paramref name="server"/> serves the files. No debug
    /// image: nothing of .NET runs on the server.
    /// </summary>
    public static ImageSelection? ForStaticSite(AppProfile app, ImageReference server, bool serverFromProject, DockerfileSettings dockerfile, DiagnosticBag diagnostics)
    {
        var build = BaseImagePolicy.Select(app with { RuntimeIdentifier = null, Deployment = Deployment.FrameworkDependent, Kind = AppKind.Console });
        var selection = build with
        {
            Final = ImageCatalog.Describe(server),
            FinalPackagesToInstall = [],
            FinalSource = serverFromProject ? FinalImageSource.BaseImage : FinalImageSource.Policy,
        };
        return WithProjectSettings(selection, null, dockerfile, diagnostics);
    }

    /// <summary>SlimDockerfileSdkImage, the digests and the registry mirror, applied to the chosen images.</summary>
    private static ImageSelection? WithProjectSettings(ImageSelection selection, ImageReference? debugImage, DockerfileSettings dockerfile, DiagnosticBag diagnostics)
    {
        if (dockerfile.SdkImage is { } sdkImage)
        {
            selection = selection with { BuildImage = sdkImage, BuildImageFromProject = true };
        }

        var finalImage = WithDigest(selection.FinalImage, dockerfile.BaseImageDigest, "SlimDockerfileBaseImageDigest", diagnostics);
        var buildImage = WithDigest(selection.BuildImage, dockerfile.SdkImageDigest, "SlimDockerfileSdkImageDigest", diagnostics);
        if (finalImage is null || buildImage is null)
        {
            return null;
        }

        return selection with
        {
            Final = selection.Final with { Image = ThroughMirror(finalImage, dockerfile.RegistryMirror) },
            BuildImage = ThroughMirror(buildImage, dockerfile.RegistryMirror),
            DebugImage = debugImage is null ? null : ThroughMirror(debugImage, dockerfile.RegistryMirror),
        };
    }

    /// <summary>
    /// Microsoft publishes some distributions for fewer architectures (no 32-bit Arm for Azure Linux, or for noble on
    /// .NET 8): an image the table knows must exist for every platform the app is built for. The SDK would only find out
    /// when it pulls (CONTAINER1011); a Dockerfile would fail in FROM.
    /// </summary>
    private static bool PublishedForEveryArchitecture(AppProfile app, ImageSelection selection, DiagnosticBag diagnostics)
    {
        if (selection.Final.Family is not { } family || !selection.Final.IsMicrosoft)
        {
            return true;
        }

        var version = selection.Final.Version ?? app.Version;
        var missing = app.Architectures.Where(a => !family.Distribution.HasArchitecture(version, a)).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        var rids = string.Join(", ", missing.Select(a => (app.IsMusl ? "linux-musl-" : "linux-") + a));
        var others = ImageCatalog.Distributions
            .Where(d => d.PublishedFor(version) && d.Musl == family.Musl && app.Architectures.All(a => d.HasArchitecture(version, a)))
            .Select(d => d.Name)
            .ToList();
        var choose = others.Count > 0 ? $"choose a family that has it ({string.Join(", ", others)})" : "choose another image";
        var source = selection.FinalSource switch
        {
            FinalImageSource.BaseImage => "ContainerBaseImage",
            FinalImageSource.Family => "ContainerFamily",
            _ => "the default image",
        };
        diagnostics.Error(
            DiagnosticCodes.NoImageForArchitecture,
            $"The final image {selection.FinalImage} ({source}) is not published for {rids}: Microsoft publishes no {family.Distribution.Name} images of .NET {version} " +
            $"for that architecture, so the build would fail in FROM. Remove {rids} from the runtime identifiers, or {choose}.");
        return false;
    }

    /// <summary>
    /// The debug stage's image: the full (shell, package manager) image of the same version. The diagnostic tools are
    /// framework-dependent, so even a self-contained or AOT app gets a runtime image here; aspnet for web apps.
    /// </summary>
    public static ImageReference DebugImage(AppProfile app) =>
        ImageReference.DotNet(app.Kind == AppKind.Web ? "aspnet" : "runtime", $"{app.Version}-{BaseImagePolicy.FullDistribution(app)}");

    /// <summary>
    /// The project's own image, used as given; <see cref="ImageCatalog.Describe"/> tells what it is, as far as its
    /// reference can (Microsoft's chiseled and distroless .NET images have no package manager and run as non-root).
    /// </summary>
    private static ImageSelection FromBaseImage(AppProfile app, ImageReference image) =>
        BaseImagePolicy.Select(app) with
        {
            Final = ImageCatalog.Describe(image),
            FinalPackagesToInstall = [],
            FinalSource = FinalImageSource.BaseImage,
        };

    /// <summary>
    /// OS packages need a package manager. A distroless image has none, so the final stage moves to the full
    /// image of the same repository, version and distribution (aspnet:10.0-noble for aspnet:10.0-noble-chiseled),
    /// which also carries ICU and tzdata. An image the project named itself is never replaced: that is an error.
    /// </summary>
    private static ImageSelection? WithOsPackages(ImageSelection selection, AppProfile app, IReadOnlyList<string> packages, DiagnosticBag diagnostics)
    {
        if (selection.FinalPackageManager != PackageManager.None)
        {
            return selection with { FinalOsPackages = packages };
        }

        var full = selection.FinalFamily is { } family ? ImageCatalog.FullCounterpart(family) : null;
        if (selection.FinalSource == FinalImageSource.Family && full is null)
        {
            diagnostics.Error(
                DiagnosticCodes.OsPackagesWithoutPackageManager,
                $"SlimDockerfileOsPackages asks for '{string.Join(";", packages)}', but the image of ContainerFamily, '{selection.FinalImage}', is distroless: " +
                "it has no package manager to install them. Choose a family with one (the same name without '-chiseled'/'-distroless'), " +
                "or remove ContainerFamily and let Slim.Docker.Build switch to the full image itself.");
            return null;
        }

        if (selection.FinalSource == FinalImageSource.BaseImage || full is null)
        {
            diagnostics.Error(
                DiagnosticCodes.OsPackagesWithoutPackageManager,
                $"SlimDockerfileOsPackages asks for '{string.Join(";", packages)}', but ContainerBaseImage '{selection.FinalImage}' is distroless: " +
                "it has no package manager to install them. Name an image with one in ContainerBaseImage (the same tag without '-chiseled'/'-distroless'), " +
                "or remove ContainerBaseImage and let Slim.Docker.Build switch to the full image itself.");
            return null;
        }

        var repository = BaseImagePolicy.FinalRepository(app);
        return selection with
        {
            Final = ImageCatalog.Describe(ImageReference.DotNet(repository, $"{app.Version}-{full.Name}")),
            FinalPackagesToInstall = [],
            FinalOsPackages = packages,
            FinalReplacedDistroless = selection.FinalImage,
        };
    }

    private static ImageReference? WithDigest(ImageReference image, string? digest, string property, DiagnosticBag diagnostics)
    {
        if (digest is null)
        {
            return image;
        }

        if (image.Digest.Length > 0 && image.Digest != digest)
        {
            diagnostics.Error(
                DiagnosticCodes.DigestGivenTwice,
                $"{property} is '{digest}', but the image '{image}' already names a different digest. Keep one of the two.");
            return null;
        }

        return image with { Digest = digest };
    }

    private static ImageReference ThroughMirror(ImageReference image, string? mirror) =>
        mirror is not null && image.Registry.Equals(ImageReference.MicrosoftRegistry, StringComparison.OrdinalIgnoreCase)
            ? image with { Registry = mirror }
            : image;
}
