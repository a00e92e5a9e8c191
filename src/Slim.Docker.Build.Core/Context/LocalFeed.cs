namespace Slim.Docker.Build.Context;

/// <summary>A package source that a nuget.config names by a folder path: restore in the container reads it too.</summary>
/// <param name="Path">The folder, absolute.</param>
/// <param name="ConfigPath">The nuget.config that names it.</param>
/// <param name="Key">The source's key in that file.</param>
/// <param name="Value">The value as written there (a relative or absolute path).</param>
public sealed record LocalFeed(string Path, string ConfigPath, string Key, string Value);
