namespace Slim.Docker.Build.Settings;

/// <summary>A name and its value: an environment variable, a label, or a build argument's default.</summary>
public sealed record NamedValue(string Name, string Value);
