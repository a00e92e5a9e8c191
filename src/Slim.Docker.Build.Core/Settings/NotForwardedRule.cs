namespace Slim.Docker.Build.Settings;

/// <summary>
/// One entry of <see cref="ForwardedProperties.NotForwarded"/>: a command-line property (or every property whose name
/// starts with <see cref="Name"/>) that the Dockerfile never repeats, and why.
/// </summary>
public sealed record NotForwardedRule(string Name, bool IsPrefix, string Reason)
{
    /// <summary>MSBuild property names are case-insensitive.</summary>
    public bool Matches(string property) =>
        IsPrefix
            ? property.StartsWith(Name, StringComparison.OrdinalIgnoreCase)
            : property.Equals(Name, StringComparison.OrdinalIgnoreCase);
}
