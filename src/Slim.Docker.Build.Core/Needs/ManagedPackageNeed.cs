namespace Slim.Docker.Build.Needs;

/// <summary>A managed package that loads an OS library at run time (by name, so no ELF file shows it).</summary>
public sealed record ManagedPackageNeed(string PackageId, string Library, string Why, bool UnlessInvariant = false);
