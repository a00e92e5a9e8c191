namespace Slim.Docker.Build.Needs;

/// <summary>One OS library the app needs at run time, and what needs it (a file it ships, or a package).</summary>
public sealed record NativeNeed(string Library, string NeededBy);
