namespace Slim.Docker.Build.Context;

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

    /// <summary>The repository the project lives in (<see cref="RepositoryRoot"/>): a computed context never reaches above it.</summary>
    public required string RepositoryDirectory { get; init; }

    /// <summary>Why the context is wider than the project's folder, one line each; empty when it is that folder.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>
    /// Local feeds inside the context that a .dockerignore rule for bin/ or obj/ would hide, relative to the context:
    /// of every nuget.config in the context, so that every app sharing the context writes the same .dockerignore.
    /// </summary>
    public IReadOnlyList<string> IncludedFeeds { get; init; } = [];

    /// <summary>Where compose.yaml goes (SlimDockerfileCompose=true): the context root, which its services build from.</summary>
    public string ComposePath => Path.Combine(ContextDirectory, "compose.yaml");

    /// <summary>Where the .dockerignore goes: the context root, where docker reads it.</summary>
    public string DockerIgnorePath => Path.Combine(ContextDirectory, ".dockerignore");
}
