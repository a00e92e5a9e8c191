using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Settings;
using static Slim.Docker.Build.Explaining.Explain;
using static Slim.Docker.Build.Explaining.ExplanationReason;

namespace Slim.Docker.Build.Explaining;

/// <summary>The words beside the final stage's instructions: packages, copy, environment, labels, user, ports, command.</summary>
public static class FinalStageExplainer
{
    private const string TargetPlatformRun = "RUN executes on the target platform: a cross-platform build runs it under emulation.";

    public static Explanation[] Packages(ImageSelection images)
    {
        var icu = images.FinalPackagesToInstall.Count > 0 ? " (with ICU and time zone data)" : "";
        return images.FinalNeeds.Count > 0
            ? [Because(
                OsPackagesForNativeLibraries,
                $"The OS packages the app's native libraries need{icu}, installed as root. Unlike the",
                $"rest of this stage, {TargetPlatformRun}")]
            : images.FinalOsPackages.Count > 0
                ? [Because(
                    OsPackages,
                    $"SlimDockerfileOsPackages{icu}, installed as root. Unlike the rest of",
                    $"this stage, {TargetPlatformRun}")]
                : [];
    }

    public static Explanation[] Copy(DockerfileSettings dockerfile) =>
        dockerfile.CopyLink ? [] : [Because(PlainCopy, "SlimDockerfileCopyLink=false: a plain COPY, for engines without BuildKit's --link (Podman before 4.6).")];

    public static Explanation[] Environment(ContainerSettings container) =>
        container.EnvironmentVariables.Count > 0 ? [Because(EnvironmentVariables, "ContainerEnvironmentVariable items.")] : [];

    public static Explanation[] Labels(ContainerSettings container) =>
        container.Labels.Count > 0 ? [Because(ExplanationReason.Labels, "ContainerLabel items.")] : [];

    public static Explanation[] User(ImageSelection images, ContainerSettings container, bool setsUser) =>
        container.User is not null ? [Because(UserFromProject, "ContainerUser: the app runs as this user.")]
        : !setsUser ? [Because(PresetNonRootUser, "The base image already runs as the non-root user app (UID 1654).")]
        : images.FinalSource == FinalImageSource.BaseImage
            ? [Because(
                NonRootUserFromBaseImage,
                "Run as the non-root user app (UID 1654) that every .NET image defines.",
                "APP_UID comes from Microsoft's .NET images; if ContainerBaseImage does not define it, set ContainerUser.")]
            : [Because(NonRootUser, "Run as the non-root user app (UID 1654) that every .NET image defines.")];

    public static Explanation[] Ports(AppProfile app, ContainerSettings container) =>
        container.Ports.Count == 0 ? []
        : container.PortSource switch
        {
            PortSource.ContainerPort when app.Kind == AppKind.Web =>
            [
                Because(
                    PortsFromItems,
                    "ContainerPort items. EXPOSE documents them; ASP.NET Core listens where ASPNETCORE_HTTP_PORTS",
                    "says (8080 in .NET images, unless a ContainerEnvironmentVariable changes it)."),
            ],
            PortSource.ContainerPort => [Because(PortsFromItems, "ContainerPort items.")],
            PortSource.Environment => [Because(PortsFromEnvironment, "The ports ASPNETCORE_HTTP_PORTS/ASPNETCORE_HTTPS_PORTS name (ContainerEnvironmentVariable items).")],
            _ => [Because(DefaultPort, ".NET 8+ images make ASP.NET Core listen on 8080 (ASPNETCORE_HTTP_PORTS): non-root cannot bind below 1024.")],
        };

    public static Explanation[] Entrypoint(AppProfile app, ContainerSettings container)
    {
        List<Explanation> why = [];
        if (app.HasOwnRuntime)
        {
            why.Add(Because(
                OwnExecutable,
                $"The app's own executable: {(app.Deployment == Deployment.NativeAot ? "native code" : "the apphost of a self-contained app")}, no dotnet host needed."));
        }

        if (container.AppCommandArgs.Count > 0)
        {
            why.Add(Because(AppCommandArgs, "ContainerAppCommandArgs follow the app's command in ENTRYPOINT: every run passes them."));
        }

        return [.. why];
    }

    public static Explanation[] Command(ContainerSettings container, string imageName) =>
        container.DefaultArgs.Count > 0
            ? [Because(DefaultArgs, $"ContainerDefaultArgs: the default arguments; 'docker run {imageName} <arguments>' replaces them.")]
            : [];
}
