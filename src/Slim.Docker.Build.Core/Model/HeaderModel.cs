namespace Slim.Docker.Build.Model;

/// <summary>The words of the header beside its commands.</summary>
public sealed record HeaderModel
{
    /// <summary><c>docker build</c>, or <c>docker buildx build</c> for one image of several platforms (ContainerRuntimeIdentifiers).</summary>
    public required string BuildCommand { get; init; }

    /// <summary>ContainerRegistry is set: the build pushes the image there (<c>--push</c>), as the SDK publishes to it.</summary>
    public required bool Push { get; init; }

    /// <summary>The <c>--build-arg</c> values of the header's build, as shell text: <c>IMAGE_CREATED="$(date -u ...)"</c>.</summary>
    public required string[] BuildArgs { get; init; }

    /// <summary>What a build of several platforms needs.</summary>
    public required Explanation[] PlatformsWhy { get; init; }

    /// <summary>What the file passed with --secret must hold (SlimDockerfileNuGetConfigSecret).</summary>
    public required Explanation[] SecretWhy { get; init; }

    /// <summary>That Microsoft's images come through SlimDockerfileRegistryMirror.</summary>
    public required Explanation[] MirrorWhy { get; init; }
}
