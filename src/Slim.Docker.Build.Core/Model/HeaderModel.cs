namespace Slim.Docker.Build.Model;

/// <summary>The words of the header beside its commands.</summary>
public sealed record HeaderModel
{
    /// <summary>What the file passed with --secret must hold (SlimDockerfileNuGetConfigSecret).</summary>
    public required Explanation[] SecretWhy { get; init; }

    /// <summary>That Microsoft's images come through SlimDockerfileRegistryMirror.</summary>
    public required Explanation[] MirrorWhy { get; init; }
}
