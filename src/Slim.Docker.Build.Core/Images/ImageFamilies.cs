using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Images;

/// <summary>
/// The families this package knows, kept small on purpose: a family not listed here is an error (SDB1017), and
/// ContainerBaseImage remains the way to use any other image.
/// </summary>
public static class ImageFamilies
{
    public static readonly ImageDistribution Noble = new("noble", false, false, PackageManager.AptGet, null, DotNetVersion.Net8);
    public static readonly ImageDistribution NobleChiseled = new("noble-chiseled", true, false, PackageManager.None, "noble", DotNetVersion.Net8);
    public static readonly ImageDistribution Jammy = new("jammy", false, false, PackageManager.AptGet, null, DotNetVersion.Net8, DotNetVersion.Net8);
    public static readonly ImageDistribution JammyChiseled = new("jammy-chiseled", true, false, PackageManager.None, "jammy", DotNetVersion.Net8, DotNetVersion.Net8);
    public static readonly ImageDistribution BookwormSlim = new("bookworm-slim", false, false, PackageManager.AptGet, null, DotNetVersion.Net8, DotNetVersion.Net9);
    public static readonly ImageDistribution Alpine = new("alpine", false, true, PackageManager.Apk, null, DotNetVersion.Net8);
    public static readonly ImageDistribution AzureLinux = new("azurelinux3.0", false, false, PackageManager.Tdnf, null, DotNetVersion.Net8);
    public static readonly ImageDistribution AzureLinuxDistroless = new("azurelinux3.0-distroless", true, false, PackageManager.None, "azurelinux3.0", DotNetVersion.Net8);

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
}
