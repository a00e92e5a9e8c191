using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Images;

/// <summary>
/// The one table of Microsoft's .NET images: the distributions and families published per .NET version, and what each
/// contains. <see cref="Describe"/> answers "what is this image" for any reference; the planner, the needs check, the
/// size report and the explanations all ask it. A family not listed is an error (SDB1017), and ContainerBaseImage
/// remains the way to use any other image.
/// </summary>
public static class ImageCatalog
{
    public static readonly ImageDistribution Noble = new("noble", "Ubuntu 24.04", false, false, PackageManager.AptGet, null, DotNetVersion.Net8);
    public static readonly ImageDistribution NobleChiseled = new("noble-chiseled", "Ubuntu 24.04", true, false, PackageManager.None, "noble", DotNetVersion.Net8);
    public static readonly ImageDistribution Jammy = new("jammy", "Ubuntu 22.04", false, false, PackageManager.AptGet, null, DotNetVersion.Net8, DotNetVersion.Net8);
    public static readonly ImageDistribution JammyChiseled = new("jammy-chiseled", "Ubuntu 22.04", true, false, PackageManager.None, "jammy", DotNetVersion.Net8, DotNetVersion.Net8);
    public static readonly ImageDistribution BookwormSlim = new("bookworm-slim", "Debian 12", false, false, PackageManager.AptGet, null, DotNetVersion.Net8, DotNetVersion.Net9);
    public static readonly ImageDistribution Alpine = new("alpine", "Alpine Linux", false, true, PackageManager.Apk, null, DotNetVersion.Net8);
    public static readonly ImageDistribution AzureLinux = new("azurelinux3.0", "Azure Linux", false, false, PackageManager.Tdnf, null, DotNetVersion.Net8);
    public static readonly ImageDistribution AzureLinuxDistroless = new("azurelinux3.0-distroless", "Azure Linux", true, false, PackageManager.None, "azurelinux3.0", DotNetVersion.Net8);

    public static IReadOnlyList<ImageDistribution> Distributions { get; } =
        [Noble, NobleChiseled, Jammy, JammyChiseled, BookwormSlim, Alpine, AzureLinux, AzureLinuxDistroless];

    /// <summary>
    /// The family named <paramref name="name"/> when Microsoft publishes it for <paramref name="repository"/>
    /// (<c>runtime-deps</c>, <c>runtime</c>, <c>aspnet</c>) at <paramref name="version"/>; null otherwise.
    /// </summary>
    public static ImageFamily? Find(string name, string repository, DotNetVersion version) =>
        Known(repository, version).FirstOrDefault(f => f.Name.Equals(name, StringComparison.Ordinal));

    /// <summary>Every family published for the repository and version, in table order, for messages.</summary>
    public static IEnumerable<ImageFamily> Known(string repository, DotNetVersion version)
    {
        foreach (var distribution in Distributions.Where(d => d.PublishedFor(version)))
        {
            // Only distroless and Alpine images come without ICU, so only they have -extra and -composite variants.
            var slim = distribution.Distroless || distribution.Musl;
            foreach (var composite in slim && repository == "aspnet" ? new[] { false, true } : [false])
            {
                yield return new ImageFamily(distribution, composite, Extra: false);
                if (slim && (!distribution.Musl || BaseImagePolicy.HasAlpineExtra(version, repository)))
                {
                    yield return new ImageFamily(distribution, composite, Extra: true);
                }
            }
        }
    }

    /// <summary>The full family a distroless one is cut from (same distribution, with a package manager).</summary>
    public static ImageFamily? FullCounterpart(ImageFamily family) =>
        family.Distribution.Full is { } full
            ? new ImageFamily(Distributions.Single(d => d.Name == full), Composite: false, Extra: false)
            : null;

    /// <summary>What <paramref name="image"/> is: from the table for Microsoft's .NET images, from its name otherwise.</summary>
    public static ImageFacts Describe(ImageReference image)
    {
        if (!image.IsMicrosoftDotNet)
        {
            return FromName(image, isMicrosoft: false);
        }

        var dash = image.Tag.IndexOf('-', StringComparison.Ordinal);
        var versionText = dash < 0 ? image.Tag : image.Tag[..dash];
        var variant = dash < 0 ? "" : image.Tag[(dash + 1)..];
        DotNetVersion? version = DotNetVersion.TryParse(versionText, out var parsed) ? parsed : null;
        var family = version is { } v ? ParseFamily(variant, v) : null;
        return family is null
            ? FromName(image, isMicrosoft: true) with { Version = version }
            : new ImageFacts
            {
                Image = image,
                IsMicrosoft = true,
                Version = version,
                Family = family,
                Distroless = family.Distroless,
                Musl = family.Musl,
                PackageManager = family.PackageManager,
                HasGlobalizationData = family.HasGlobalizationData,
            };
    }

    /// <summary>The family a tag's variant names (<c>noble-chiseled-extra</c>; empty: the version's plain tag).</summary>
    private static ImageFamily? ParseFamily(string variant, DotNetVersion version)
    {
        var extra = variant.EndsWith("-extra", StringComparison.Ordinal);
        var rest = extra ? variant[..^"-extra".Length] : variant;
        var composite = rest.EndsWith("-composite", StringComparison.Ordinal);
        var name = composite ? rest[..^"-composite".Length] : rest;
        var distribution = name.Length == 0
            ? (version >= DotNetVersion.Net10 ? Noble : BookwormSlim)
            : Distributions.FirstOrDefault(d => d.Name == name);
        return distribution is null ? null : new ImageFamily(distribution, composite, extra);
    }

    /// <summary>
    /// An image the table does not know: only its name hints at what it is. Microsoft's chiseled and distroless
    /// images have no package manager; Alpine has apk, Azure Linux and CBL-Mariner tdnf, anything else is taken for apt.
    /// </summary>
    private static ImageFacts FromName(ImageReference image, bool isMicrosoft)
    {
        var name = image.Repository + ":" + image.Tag;
        var distroless = isMicrosoft && (image.Tag.Contains("chiseled", StringComparison.Ordinal) || image.Tag.Contains("distroless", StringComparison.Ordinal));
        var musl = image.Tag.Contains("alpine", StringComparison.Ordinal);
        return new ImageFacts
        {
            Image = image,
            IsMicrosoft = isMicrosoft,
            Distroless = distroless,
            Musl = musl,
            HasGlobalizationData = !isMicrosoft || image.Tag.Contains("extra", StringComparison.Ordinal) || !(distroless || musl),
            PackageManager = distroless ? PackageManager.None
                : name.Contains("alpine", StringComparison.Ordinal) ? PackageManager.Apk
                : name.Contains("azurelinux", StringComparison.Ordinal) || name.Contains("mariner", StringComparison.Ordinal) ? PackageManager.Tdnf
                : PackageManager.AptGet,
        };
    }
}
