namespace Slim.Docker.Build.Planning;

/// <summary>A group of restore inputs that live in one folder of the build context: one COPY instruction.</summary>
public sealed record RestoreInputGroup(string Directory, IReadOnlyList<string> Files)
{
    /// <summary>The COPY destination: the folder relative to the context, with a trailing slash.</summary>
    public string Destination => Directory.Length == 0 ? "./" : Directory + "/";
}

/// <summary>Where the Dockerfile and its build context are, and which files restore reads.</summary>
public sealed record BuildContextLayout
{
    /// <summary>Absolute path of the build context folder.</summary>
    public required string ContextDirectory { get; init; }

    /// <summary>Absolute path of the Dockerfile.</summary>
    public required string DockerfilePath { get; init; }

    /// <summary>The project file, relative to the context, with forward slashes.</summary>
    public required string ProjectPath { get; init; }

    /// <summary>Files restore reads, relative to the context, grouped by folder; settings first, then projects.</summary>
    public required IReadOnlyList<RestoreInputGroup> RestoreInputs { get; init; }

    /// <summary>Where the .dockerignore goes: the context root, where docker reads it.</summary>
    public string DockerIgnorePath => Path.Combine(ContextDirectory, ".dockerignore");
}
