namespace Slim.Docker.Build.Needs;

/// <summary>
/// A feature of a package that needs an OS library most apps of that package never load (Kerberos for SqlClient). The
/// generator keeps the slim image and warns (SDB4005); <c>SlimDockerfileOsFeatures=&lt;Name&gt;</c> opts in.
/// </summary>
public sealed record OsFeature(string Name, string Description);
