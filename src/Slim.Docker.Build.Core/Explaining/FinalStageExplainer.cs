using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Planning;
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

    public static Explanation[] Labels(LabelPlan plan)
    {
        var defaults = plan.Labels.Any(l => !l.FromProject);
        var fromProject = plan.Labels.Any(l => l.FromProject);
        if (!defaults)
        {
            return fromProject ? [Because(ExplanationReason.Labels, "ContainerLabel items.")] : [];
        }

        var first = $"The labels dotnet publish -t:PublishContainer writes (ContainerGenerateLabels=false turns them off){(fromProject ? "," : ".")}";
        List<Explanation> why =
        [
            fromProject
                ? Because(DefaultLabels, first, "  then the ContainerLabel items, which replace a default of the same key.")
                : Because(DefaultLabels, first),
        ];
        if (plan.Arguments.Count == 0)
        {
            return [.. why];
        }

        var names = plan.Arguments.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        List<string> passed = [];
        List<string> unknown = [];
        if (names.Contains(LabelPlanner.CreatedArgument))
        {
            passed.Add($"{LabelPlanner.CreatedArgument} (the time)");
        }

        if (names.Contains(LabelPlanner.RevisionArgument))
        {
            passed.Add($"{LabelPlanner.RevisionArgument} (the commit)");
        }

        if (names.Contains(LabelPlanner.SdkVersionArgument))
        {
            unknown.Add($"{LabelPlanner.SdkVersionArgument} (the SDK image's, not the host's)");
        }

        if (names.Contains(LabelPlanner.BaseDigestArgument))
        {
            unknown.Add($"{LabelPlanner.BaseDigestArgument} (the base image's)");
        }

        var sentence = "Values only a build knows are build arguments, so this file stays the same:"
            + (passed.Count > 0 ? $" {Join(passed)}, which the header's command passes" : "")
            + (passed.Count > 0 && unknown.Count > 0 ? ";" : "")
            + (unknown.Count > 0 ? $" {Join(unknown)}, empty unless passed" : "")
            + ".";
        var lines = Wrap(sentence);
        why.Add(Because(LabelsFromBuildArguments, [.. lines]));
        return [.. why];
    }

    private static string Join(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    public static Explanation[] User(ImageSelection images, ContainerSettings container, bool setsUser) =>
        container.User is not null ? [Because(UserFromProject, "ContainerUser: the app runs as this user.")]
        : !setsUser ? [Because(PresetNonRootUser, "The base image already runs as the non-root user app (UID 1654).")]
        : images.FinalSource == FinalImageSource.BaseImage
            ? [Because(
                NonRootUserFromBaseImage,
                "Run as the non-root user app (UID 1654) that every .NET image defines.",
                "APP_UID comes from Microsoft's .NET images; if ContainerBaseImage does not define it, set ContainerUser.")]
            : [Because(NonRootUser, "Run as the non-root user app (UID 1654) that every .NET image defines.")];

    public static Explanation[] Ports(ContainerSettings container)
    {
        if (container.Ports.Count == 0)
        {
            return [];
        }

        var listens = container.PortInference switch
        {
            PortInference.Urls => "the ports ASPNETCORE_URLS names (it replaces ASPNETCORE_HTTP_PORTS, the image's 8080)",
            PortInference.PortVariables => "the ports ASPNETCORE_HTTP_PORTS/ASPNETCORE_HTTPS_PORTS name",
            PortInference.ImageDefault => "8080, where ASP.NET Core listens in .NET 8+ images (ASPNETCORE_HTTP_PORTS)",
            _ => "",
        };
        return container.PortSource switch
        {
            PortSource.ContainerPort when listens.Length > 0 =>
                [Because(PortsFromItems, "ContainerPort items, and, as dotnet publish -t:PublishContainer adds them,", $"  {listens}.")],
            PortSource.ContainerPort => [Because(PortsFromItems, "ContainerPort items.")],
            PortSource.Environment => [Because(PortsFromEnvironment, "Where ASP.NET Core listens (ContainerEnvironmentVariable items):", $"  {listens}.")],
            _ => [Because(DefaultPort, ".NET 8+ images make ASP.NET Core listen on 8080 (ASPNETCORE_HTTP_PORTS): non-root cannot bind below 1024.")],
        };
    }

    public static Explanation[] Entrypoint(AppProfile app, ContainerSettings container, ImageSelection images)
    {
        var instruction = container.Entry.Instruction;
        List<Explanation> why = [];
        if (container.AppCommandFromProject)
        {
            why.Add(Because(AppCommandFromProject, "ContainerAppCommand: the project's own command for the app, used as given."));
        }
        else if (app.StartsThroughOwnExecutable && instruction != AppCommandInstruction.None)
        {
            why.Add(app.Deployment switch
            {
                Deployment.NativeAot => Because(OwnExecutable, "The app's own executable: native code, no dotnet host needed."),
                Deployment.SelfContained => Because(OwnExecutable, "The app's own executable: the apphost of a self-contained app, no dotnet host needed."),
                _ => Because(
                    OwnExecutable,
                    "The app's own executable: a single-file bundle (PublishSingleFile=true) has no .dll to give the",
                    "  dotnet host; it finds the image's shared runtime itself."),
            });
        }

        var keptEntrypoint = images.FinalSource == FinalImageSource.BaseImage ? "the base image's entry point (if any) stays" : "the base image has none";
        switch (instruction)
        {
            case AppCommandInstruction.DefaultArgs when container.EntrypointFromProject:
                why.Add(Because(EntrypointFromProject, "ContainerEntrypoint items are the ENTRYPOINT (ContainerAppCommandInstruction DefaultArgs):", "  the app's command is the CMD."));
                break;
            case AppCommandInstruction.DefaultArgs:
                why.Add(Because(AppCommandAsCommand, $"ContainerAppCommandInstruction DefaultArgs: no ENTRYPOINT of its own ({keptEntrypoint});", "  the app's command is the CMD."));
                break;
            case AppCommandInstruction.None when container.EntrypointFromProject:
                why.Add(Because(NoAppCommand, "ContainerAppCommandInstruction None: no app command; ContainerEntrypoint items are the ENTRYPOINT."));
                break;
            case AppCommandInstruction.None:
                why.Add(Because(NoAppCommand, $"ContainerAppCommandInstruction None: no app command and no ENTRYPOINT of its own ({keptEntrypoint})."));
                break;
            case AppCommandInstruction.Entrypoint when container.AppCommandArgs.Count > 0:
                why.Add(Because(AppCommandArgs, "ContainerAppCommandArgs follow the app's command in ENTRYPOINT: every run passes them."));
                break;
        }

        return [.. why];
    }

    public static Explanation[] Command(ContainerSettings container, string imageName) =>
        container.Entry.Command.Count == 0
            ? container.Entry.Entrypoint is null
                ? [Because(NoCommand, "No CMD: the base image's CMD does not stay either, as with dotnet publish -t:PublishContainer.")]
                : []
            : container.Entry.Instruction == AppCommandInstruction.DefaultArgs && container.Entry.Command.Count > container.DefaultArgs.Count
                ? [Because(DefaultArgs, $"The app's command{(container.AppCommandArgs.Count > 0 ? ", ContainerAppCommandArgs" : "")}{(container.DefaultArgs.Count > 0 ? " and ContainerDefaultArgs" : "")}:", $"  'docker run {imageName} <command>' replaces them all.")]
                : [Because(DefaultArgs, $"ContainerDefaultArgs: the default arguments; 'docker run {imageName} <arguments>' replaces them.")];
}
