namespace Slim.Docker.Build.Settings;

/// <summary>
/// Where the built image goes, as the SDK names it: ContainerRegistry (empty: the local engine), ContainerRepository and
/// the tags (empty: Docker's and the SDK's default, <c>latest</c>).
/// </summary>
public sealed record ImageTarget(string Registry, string Repository, IReadOnlyList<string> Tags)
{
    /// <summary>The repository with its registry: <c>registry.example.com/api</c>.</summary>
    public string Name => Registry.Length > 0 ? $"{Registry}/{Repository}" : Repository;

    /// <summary>One <c>docker build -t</c> argument per tag; the bare name when there are none (it means <c>:latest</c>).</summary>
    public IReadOnlyList<string> References => Tags.Count == 0 ? [Name] : [.. Tags.Select(t => $"{Name}:{t}")];
}
