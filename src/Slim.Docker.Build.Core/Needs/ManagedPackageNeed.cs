namespace Slim.Docker.Build.Needs;

/// <summary>
/// A managed package that loads an OS library at run time (by name, so no ELF file shows it). With a
/// <paramref name="Feature"/>, only apps that use that feature of the package load it (see <see cref="OsFeature"/>).
/// </summary>
public sealed record ManagedPackageNeed(string PackageId, string Library, string Why, bool UnlessInvariant = false, OsFeature? Feature = null);
