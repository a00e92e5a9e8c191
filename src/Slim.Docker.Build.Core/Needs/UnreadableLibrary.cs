namespace Slim.Docker.Build.Needs;

/// <summary>A native library that could not be read, and why.</summary>
public sealed record UnreadableLibrary(string Display, string Error);
