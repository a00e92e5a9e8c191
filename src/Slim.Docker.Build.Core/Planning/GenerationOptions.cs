namespace Slim.Docker.Build.Planning;

/// <summary>The package's own settings (the SlimDockerfile* properties), as the user gave them.</summary>
public sealed record GenerationOptions
{
    /// <summary>Where the Dockerfile goes; empty means next to the project file.</summary>
    public string DockerfilePath { get; init; } = "";

    /// <summary>The docker build context; empty means computed from the project and its restore inputs.</summary>
    public string ContextDirectory { get; init; } = "";

    /// <summary>The configuration the container publishes; empty means the -c given, else Release.</summary>
    public string Configuration { get; init; } = "";

    /// <summary>Replace files that were written or edited by hand.</summary>
    public string Overwrite { get; init; } = "";

    /// <summary>Version of this package, written into the header.</summary>
    public string ToolVersion { get; init; } = "";
}
