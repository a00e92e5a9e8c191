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
    // The table, as Microsoft publishes it (dotnet/dotnet-docker's manifest, November 2026). Versioned Alpine families
    // come and go every few months, so only the newest is listed; older ones are accepted as unknown families (SDB1050).
    private static readonly DotNetVersion[] Net8To10 = [DotNetVersion.Net8, DotNetVersion.Net9, DotNetVersion.Net10];
    private static readonly DotNetVersion[] Net8And9 = [DotNetVersion.Net8, DotNetVersion.Net9];
    private static readonly DotNetVersion[] Net8Only = [DotNetVersion.Net8];
    private static readonly DotNetVersion[] Net10Only = [DotNetVersion.Net10];

    public static readonly ImageDistribution Noble = new("noble", "Ubuntu 24.04", false, false, PackageManager.AptGet, null, Net8To10, DotNetVersion.Net9);
    public static readonly ImageDistribution NobleChiseled = new("noble-chiseled", "Ubuntu 24.04", true, false, PackageManager.None, "noble", Net8To10, DotNetVersion.Net9);
    public static readonly ImageDistribution Resolute = new("resolute", "Ubuntu 26.04", false, false, PackageManager.AptGet, null, Net10Only, DotNetVersion.Net10);
    public static readonly ImageDistribution ResoluteChiseled = new("resolute-chiseled", "Ubuntu 26.04", true, false, PackageManager.None, "resolute", Net10Only, DotNetVersion.Net10);
    public static readonly ImageDistribution Jammy = new("jammy", "Ubuntu 22.04", false, false, PackageManager.AptGet, null, Net8Only, DotNetVersion.Net8);
    public static readonly ImageDistribution JammyChiseled = new("jammy-chiseled", "Ubuntu 22.04", true, false, PackageManager.None, "jammy", Net8Only, DotNetVersion.Net8);
    public static readonly ImageDistribution BookwormSlim = new("bookworm-slim", "Debian 12", false, false, PackageManager.AptGet, null, Net8And9, DotNetVersion.Net8);
    public static readonly ImageDistribution Alpine = new("alpine", "Alpine Linux", false, true, PackageManager.Apk, null, Net8To10, DotNetVersion.Net8);
    public static readonly ImageDistribution Alpine324 = new("alpine3.24", "Alpine Linux 3.24", false, true, PackageManager.Apk, null, Net8To10, DotNetVersion.Net8);
    public static readonly ImageDistribution AzureLinux = new("azurelinux3.0", "Azure Linux", false, false, PackageManager.Tdnf, null, Net8To10, null);
    public static readonly ImageDistribution AzureLinuxDistroless = new("azurelinux3.0-distroless", "Azure Linux", true, false, PackageManager.None, "azurelinux3.0", Net8To10, null);

    public static IReadOnlyList<ImageDistribution> Distributions { get; } =
        [Noble, NobleChiseled, Resolute, ResoluteChiseled, Jammy, JammyChiseled, BookwormSlim, Alpine, Alpine324, AzureLinux, AzureLinuxDistroless];

    public static IReadOnlyList<DotNetRelease> Releases { get; } =
    [
        // runtime-deps has 8.0-alpine-extra only as per-architecture tags; the floating alpine-composite tags were
        // dropped for 8.0-10.0 with Alpine 3.22 (the versioned alpine3.x-composite ones remain).
        new(DotNetVersion.Net8, BookwormSlim, Noble, NobleChiseled, AotSdk: false,
            [("runtime-deps", "alpine-extra"), ("aspnet", "alpine-composite"), ("aspnet", "alpine-composite-extra")]),
        new(DotNetVersion.Net9, BookwormSlim, Noble, NobleChiseled, AotSdk: false,
            [("aspnet", "alpine-composite"), ("aspnet", "alpine-composite-extra")]),
        new(DotNetVersion.Net10, Noble, Noble, NobleChiseled, AotSdk: true,
            [("aspnet", "alpine-composite"), ("aspnet", "alpine-composite-extra")]),
    ];

    /// <summary>The newest .NET version the table knows.</summary>
    public static DotNetVersion NewestKnown => Releases[^1].Version;

    /// <summary>The row of <paramref name="version"/>; a newer version than the table knows is assumed to be named like the newest.</summary>
    public static DotNetRelease Release(DotNetVersion version) =>
        Releases.LastOrDefault(r => r.Version <= version) ?? Releases[0];

    /// <summary>
    /// The family named <paramref name="name"/> when Microsoft publishes it for <paramref name="repository"/>
    /// (<c>runtime-deps</c>, <c>runtime</c>, <c>aspnet</c>) at <paramref name="version"/>; null otherwise.
    /// </summary>
    public static ImageFamily? Find(string name, string repository, DotNetVersion version) =>
        Known(repository, version).FirstOrDefault(f => f.Name.Equals(name, StringComparison.Ordinal));

    /// <summary>Whether the catalog knows a family of that name for any repository and version (so it is no typo).</summary>
    public static bool IsKnownName(string name) =>
        Releases.Any(r => ((string[])["runtime-deps", "runtime", "aspnet"]).Any(repository => Find(name, repository, r.Version) is not null));

    /// <summary>Every family published for the repository and version, in table order, for messages.</summary>
    public static IEnumerable<ImageFamily> Known(string repository, DotNetVersion version)
    {
        var missing = Release(version).Missing;
        foreach (var distribution in Distributions.Where(d => d.PublishedFor(version)))
        {
            // Only distroless and Alpine images come without ICU, so only they have -extra and -composite variants;
            // composite images exist for ASP.NET Core only.
            var slim = distribution.Distroless || distribution.Musl;
            foreach (var composite in slim && repository == "aspnet" ? new[] { false, true } : [false])
            {
                foreach (var extra in slim ? new[] { false, true } : [false])
                {
                    var family = new ImageFamily(distribution, composite, extra);
                    if (!missing.Contains((repository, family.Name)))
                    {
                        yield return family;
                    }
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
                CompressedSize = Size(image.ShortName, family, version!.Value),
            };
    }

    // Compressed sizes for linux/amd64 in MB (10^6 bytes), for the size report. Microsoft published the .NET 10 aspnet
    // numbers of noble, noble-chiseled and noble-chiseled-extra (November 2025, with a small sample app in the image).
    // The others are estimates from the layers each image adds (ICU and tzdata about 15 MB, the runtime about 34 MB,
    // ASP.NET Core about 13 MB), marked approximate; for families without even an estimate the size is unknown.
    private static readonly Dictionary<(string Repository, string Kind), double> Net10Sizes = new()
    {
        [("aspnet", "full")] = 92.5,
        [("aspnet", "chiseled")] = 52.8,
        [("aspnet", "chiseled-extra")] = 67.7,
        [("aspnet", "alpine")] = 50,
        [("aspnet", "alpine-extra")] = 65,
        [("runtime", "full")] = 80,
        [("runtime", "chiseled")] = 40,
        [("runtime", "chiseled-extra")] = 55,
        [("runtime", "alpine")] = 38,
        [("runtime", "alpine-extra")] = 53,
        [("runtime-deps", "full")] = 45,
        [("runtime-deps", "chiseled")] = 6,
        [("runtime-deps", "chiseled-extra")] = 21,
        [("runtime-deps", "alpine")] = 5,
        [("runtime-deps", "alpine-extra")] = 20,
    };

    /// <summary>
    /// The size of <c>repository:version-family</c>: Microsoft's number where it published one, an estimate for the Ubuntu,
    /// Debian and Alpine families, null for the others (Azure Linux, composite, Ubuntu 26.04).
    /// </summary>
    private static ImageSize? Size(string repository, ImageFamily family, DotNetVersion version)
    {
        var name = family.Distribution.Name;
        var kind = family.Composite ? null
            : name is "noble" or "jammy" or "bookworm-slim" ? "full"
            : name is "noble-chiseled" or "jammy-chiseled" ? "chiseled"
            : family.Musl ? "alpine"
            : null;
        if (kind is null || !Net10Sizes.TryGetValue((repository, family.Extra ? kind + "-extra" : kind), out var megabytes))
        {
            return null;
        }

        var published = version == DotNetVersion.Net10 && repository == "aspnet" && name.StartsWith("noble", StringComparison.Ordinal);
        // .NET 8 and 9's plain tag is Debian 12, a few MB smaller than Ubuntu 24.04.
        return new ImageSize(name == "bookworm-slim" ? megabytes - 4 : megabytes, Approximate: !published);
    }

    /// <summary>The family a tag's variant names (<c>noble-chiseled-extra</c>; empty: the version's plain tag).</summary>
    private static ImageFamily? ParseFamily(string variant, DotNetVersion version)
    {
        var extra = variant.EndsWith("-extra", StringComparison.Ordinal);
        var rest = extra ? variant[..^"-extra".Length] : variant;
        var composite = rest.EndsWith("-composite", StringComparison.Ordinal);
        var name = composite ? rest[..^"-composite".Length] : rest;
        var distribution = name.Length == 0
            ? Release(version).PlainTag
            : Distributions.FirstOrDefault(d => d.Name == name && d.PublishedFor(version));
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
