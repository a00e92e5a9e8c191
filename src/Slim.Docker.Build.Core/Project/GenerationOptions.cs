namespace Slim.Docker.Build.Project;

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

    /// <summary>SlimDockerfileCheck: write nothing; fail when the files on disk are not what the project generates.</summary>
    public string Check { get; init; } = "";

    /// <summary>SlimDockerfileSdkImage: the build stage's image instead of Microsoft's SDK image.</summary>
    public string SdkImage { get; init; } = "";

    /// <summary>SlimDockerfileRegistryMirror: <c>host[:port][/path]</c> that replaces Microsoft's registry in every FROM.</summary>
    public string RegistryMirror { get; init; } = "";

    /// <summary>SlimDockerfileBaseImageDigest: <c>sha256:...</c> appended to the final stage's image.</summary>
    public string BaseImageDigest { get; init; } = "";

    /// <summary>SlimDockerfileSdkImageDigest: <c>sha256:...</c> appended to the build stage's image.</summary>
    public string SdkImageDigest { get; init; } = "";

    /// <summary>SlimDockerfileOsPackages: <c>;</c>-separated OS packages installed in the final image.</summary>
    public string OsPackages { get; init; } = "";

    /// <summary>SlimDockerfileBuildArg items: Include is the name, metadata Value the default.</summary>
    public IReadOnlyList<ProjectItem> BuildArgs { get; init; } = [];

    /// <summary>SlimDockerfileCacheMounts: restore and publish in one RUN with a NuGet cache mount.</summary>
    public string CacheMounts { get; init; } = "";

    /// <summary>SlimDockerfileNuGetConfigSecret: the BuildKit secret id of the nuget.config restore reads; <c>true</c> means <c>nugetconfig</c>.</summary>
    public string NuGetConfigSecret { get; init; } = "";

    /// <summary>SlimDockerfileCopyLink: <c>COPY --link</c> in the final stage (default true).</summary>
    public string CopyLink { get; init; } = "";

    /// <summary>Version of this package, written into the header.</summary>
    public string ToolVersion { get; init; } = "";
}
