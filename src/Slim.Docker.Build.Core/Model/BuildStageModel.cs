namespace Slim.Docker.Build.Model;

public sealed record BuildStageModel
{
    public required string Image { get; init; }

    /// <summary>The stage runs on the build machine (<c>--platform=$BUILDPLATFORM</c>) and cross-targets.</summary>
    public required bool CrossTargets { get; init; }

    public required string[] PackagesToInstall { get; init; }

    /// <summary>The platform the header's docker build command names, or empty for the engine's default.</summary>
    public required string Platform { get; init; }

    /// <summary>SlimDockerfileSdkImage named <see cref="Image"/>.</summary>
    public required bool ImageFromProject { get; init; }

    /// <summary>SlimDockerfileBuildArg items, sorted by name.</summary>
    public required BuildArgModel[] Args { get; init; }

    /// <summary>SlimDockerfileCacheMounts: restore and publish in one RUN with the NuGet cache mounted.</summary>
    public required bool CacheMounts { get; init; }

    /// <summary>Why the SDK image is newer than the app's framework (global.json, other target frameworks), one comment line each; empty when it is not.</summary>
    public string[] Explanation { get; init; } = [];
}
