using Slim.Docker.Build.Model;
using Slim.Docker.Build.Settings;
using static Slim.Docker.Build.Explaining.Explain;
using static Slim.Docker.Build.Explaining.ExplanationReason;

namespace Slim.Docker.Build.Explaining;

/// <summary>The words of the header beside its commands.</summary>
public static class HeaderExplainer
{
    public static Explanation[] SecretFile(DockerfileSettings dockerfile) =>
        dockerfile.NuGetConfigSecret is null ? []
        : [Because(
            NuGetConfigSecretFile,
            "--secret is the nuget.config restore reads instead of the ones in the build context (SlimDockerfileNuGetConfigSecret):",
            "  your own NuGet.Config, or any file that lists every package source restore needs with its credentials.",
            "  Keep it outside the build context, or COPY . . would put it in the build stage.")];

    public static Explanation[] Context(IReadOnlyList<string> reasons) =>
        reasons.Count == 0 ? [] : [Because(ContextWiderThanProject, [.. reasons])];

    public static Explanation[] Mirror(DockerfileSettings dockerfile) =>
        dockerfile.RegistryMirror is not { } mirror ? []
        : [Because(RegistryMirror, "", $"Microsoft's images are pulled through the registry mirror {mirror} (SlimDockerfileRegistryMirror).")];

    public static Explanation[] Platforms(AppProfile app, ImageTarget target) =>
        app.Platforms.Count < 2 ? []
        : [Because(
            MultiPlatform,
            $"ContainerRuntimeIdentifiers ({app.RuntimeIdentifierNames}): one image for every platform. The engine",
            target.Registry.Length > 0
                ? "  keeps such an image only with the containerd image store; --push sends it to ContainerRegistry."
                : "  keeps such an image only with the containerd image store; otherwise add --push (or set ContainerRegistry).")];
}
