namespace Slim.Docker.Build.Needs;

/// <summary>A need the final image does not meet by itself, and the package that the Dockerfile installs for it.</summary>
public sealed record NeedResolution(string Library, string NeededBy, string Package);
