namespace Slim.Docker.Build.Project;

/// <summary>
/// One library of a target in project.assets.json: <c>Name</c> is <c>Id/Version</c>, <c>Type</c> <c>package</c> or
/// <c>project</c>; <c>Native</c> is what restore chose for a RID-specific target, <c>RuntimeTargets</c> every RID's
/// assets of a portable one.
/// </summary>
public sealed record AssetsLibrary(string Name, string Type, IReadOnlyList<string> Native, IReadOnlyList<AssetsRuntimeTarget> RuntimeTargets)
{
    public string Id => Name.Split('/')[0];

    public string Version => Name.Contains('/', StringComparison.Ordinal) ? Name[(Name.IndexOf('/', StringComparison.Ordinal) + 1)..] : "";
}
