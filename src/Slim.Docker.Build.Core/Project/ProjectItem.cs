namespace Slim.Docker.Build.Project;

/// <summary>
/// An MSBuild item as plain data (<c>&lt;ContainerPort Include="8080" Type="tcp" /&gt;</c>): its Include and its
/// custom metadata, as MSBuild evaluated them. The planner decides which metadata matter and what is valid.
/// </summary>
public sealed record ProjectItem(string Include, IReadOnlyDictionary<string, string> Metadata)
{
    public ProjectItem(string include)
        : this(include, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))
    {
    }

    /// <summary>The metadata's value, or null when the item does not have it (which differs from an empty value).</summary>
    public string? Get(string name) => Metadata.TryGetValue(name, out var value) ? value : null;
}
