namespace Slim.Docker.Build.Model;

public sealed record ContextModel
{
    /// <summary>The Dockerfile relative to the context root.</summary>
    public required string Dockerfile { get; init; }

    /// <summary>The context root relative to the Dockerfile's folder (<c>.</c>, <c>..</c>, <c>../..</c>).</summary>
    public required string FromDockerfile { get; init; }

    /// <summary>The project file relative to the context root.</summary>
    public required string Project { get; init; }

    /// <summary>Why the context is wider than the project's folder; empty when it is that folder.</summary>
    public Explanation[] Why { get; init; } = [];

    /// <summary>Local feeds in bin/ or obj/ folders that the .dockerignore re-includes (<c>!path</c>), relative to the context.</summary>
    public string[] IncludedFeeds { get; init; } = [];
}
