using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Settings;
using static Slim.Docker.Build.Explaining.Explain;
using static Slim.Docker.Build.Explaining.ExplanationReason;

namespace Slim.Docker.Build.Explaining;

/// <summary>The words of the build stage: its image and platform, build arguments, toolchain, restore and publish.</summary>
public static class BuildStageExplainer
{
    /// <param name="images">The images chosen.</param>
    /// <param name="sdkVersionReasons">Why the SDK is newer than the app's framework (global.json, other target frameworks), if it is.</param>
    /// <param name="platformIndependent">The app is the same files on every platform (Blazor WebAssembly).</param>
    public static Explanation[] Image(ImageSelection images, IReadOnlyList<string> sdkVersionReasons, bool platformIndependent = false)
    {
        List<Explanation> why = [];
        if (images.BuildImageFromProject)
        {
            why.Add(Because(SdkImageFromProject, "SlimDockerfileSdkImage: the project chose this build image."));
        }

        if (sdkVersionReasons.Count > 0)
        {
            why.Add(Because(SdkNewerThanApp, [.. sdkVersionReasons]));
        }

        if (platformIndependent)
        {
            why.AddRange(StaticSiteExplainer.Build());
            return [.. why];
        }

        why.Add(images.BuildCrossTargets
            ? Because(
                CrossTargeting,
                "It runs on the build machine's own platform and cross-targets the image's platform with",
                "-a $TARGETARCH: a multi-platform build (--platform linux/amd64,linux/arm64) never emulates the SDK.")
            : Because(
                NativeAotOnTargetPlatform,
                "Native AOT compiles with the target platform's own C toolchain and cannot cross-compile, so this",
                "stage runs on the target platform (no $BUILDPLATFORM)."));
        return [.. why];
    }

    public static Explanation[] Arguments(DockerfileSettings dockerfile) =>
        dockerfile.BuildArgs.Count == 0 ? []
        : [Because(
            BuildArguments,
            "SlimDockerfileBuildArg: change them with docker build --build-arg NAME=value. Restore and publish see",
            "them as environment variables, so MSBuild sees them as properties. Never pass secrets this way: build",
            "arguments are kept in the build's metadata.")];

    public static Explanation[] Toolchain(AppProfile app, ImageSelection images) =>
        images.BuildPackagesToInstall.Count == 0 ? []
        : [Because(NativeAotToolchain, $"Native AOT needs a C toolchain; .NET {app.Version} has no -aot SDK image that brings one.")];

    public static Explanation[] Restore(DockerfileSettings dockerfile) =>
        dockerfile.CacheMounts
            ? [Because(
                CacheMounts,
                "SlimDockerfileCacheMounts=true: NuGet packages live in a BuildKit cache mount that outlives the build,",
                "instead of in a restore layer. The mount exists only while its RUN runs, so restore and publish share one",
                "RUN: a 'publish --no-restore' of its own after a cached restore layer would find no packages once the cache",
                "was pruned (or when it lives on another builder). Every source change therefore runs restore again, which",
                "finds its packages in the cache.")]
            : [Because(
                RestoreLayer,
                "Restore layer: only the files restore reads. It is rebuilt only when one of them changes, so",
                "changing code never downloads packages again.")];

    public static Explanation[] Secret(DockerfileSettings dockerfile) =>
        dockerfile.NuGetConfigSecret is not { } id ? []
        : [Because(
            NuGetConfigSecret,
            "SlimDockerfileNuGetConfigSecret: restore reads its package sources and their credentials from a",
            $"nuget.config given at build time as the BuildKit secret {id}, mounted at /run/secrets/{id}",
            "for this RUN only. So no credential lands in a layer or in the image history, where an ARG or ENV",
            "token would stay for anyone who pulls the image. With --configfile NuGet reads only that file (and the",
            "machine-wide config), not the nuget.config files of the build context: it must list every source",
            "restore needs, and a local folder feed by its absolute path in this stage (e.g. /src/local-feed),",
            "since a relative path would be resolved against /run/secrets. Publish runs with --no-restore and",
            "reads no package source.")];

    public static Explanation[] Publish(DockerfileSettings dockerfile) =>
        dockerfile.CacheMounts ? []
        : [Because(
            PublishWithoutRestore,
            "Then the sources, and publish without restoring again. The packages stay in the restore layer",
            "rather than a cache mount, so a pruned build cache can never break this step.")];
}
