namespace Slim.Docker.Build.Model;

public sealed record FinalStageModel
{
    public required string Image { get; init; }

    /// <summary><c>runtime-deps</c>, <c>runtime</c> or <c>aspnet</c> (the last path segment of a ContainerBaseImage).</summary>
    public required string Repository { get; init; }

    /// <summary><c>policy</c> (the smallest image that runs the app), <c>family</c> (ContainerFamily) or <c>base-image</c> (ContainerBaseImage).</summary>
    public required string ChosenBy { get; init; }

    /// <summary>The tag's variant (<c>noble-chiseled-extra</c>, <c>alpine</c>, <c>noble</c>), empty for a ContainerBaseImage.</summary>
    public required string Family { get; init; }

    /// <summary>ContainerFamily as the project wrote it, or empty.</summary>
    public required string RequestedFamily { get; init; }

    public required bool Distroless { get; init; }

    public required bool HasGlobalizationData { get; init; }

    /// <summary>Every OS package the final stage installs: ICU and tzdata where needed, then <see cref="OsPackages"/>.</summary>
    public required string[] PackagesToInstall { get; init; }

    /// <summary>The final stage installs ICU and tzdata because the image has no -extra variant.</summary>
    public required bool InstallsGlobalizationData { get; init; }

    /// <summary>SlimDockerfileOsPackages, sorted.</summary>
    public required string[] OsPackages { get; init; }

    /// <summary><c>apt-get</c>, <c>apk</c>, <c>tdnf</c>, or empty when the image has none.</summary>
    public required string PackageManager { get; init; }

    /// <summary>The distroless image that the OS packages replaced with this full one, or empty.</summary>
    public required string InsteadOf { get; init; }

    /// <summary>The Dockerfile writes <c>USER</c> (<see cref="User"/>): the base does not run as non-root by itself, or ContainerUser asks.</summary>
    public required bool SetsUser { get; init; }

    /// <summary><c>$APP_UID</c>, ContainerUser, or empty when the base image's own user is kept.</summary>
    public required string User { get; init; }

    /// <summary>ContainerUser set <see cref="User"/>.</summary>
    public required bool UserFromProject { get; init; }

    public required string WorkingDirectory { get; init; }

    public required PortModel[] Ports { get; init; }

    /// <summary><c>default</c>, <c>container-port</c> (ContainerPort items) or <c>environment</c> (ASPNETCORE_HTTP_PORTS).</summary>
    public required string PortsFrom { get; init; }

    /// <summary>ContainerEnvironmentVariable items, sorted by name.</summary>
    public required NameValueModel[] Environment { get; init; }

    /// <summary>The SDK's default labels in its order, then the ContainerLabel items sorted by key (which replace a default of the same key).</summary>
    public required LabelModel[] Labels { get; init; }

    /// <summary>The final stage's ARGs that hold label values only a build knows (IMAGE_CREATED, SOURCE_REVISION, ...).</summary>
    public required BuildArgModel[] LabelArgs { get; init; }

    /// <summary><c>Entrypoint</c>, <c>DefaultArgs</c> or <c>None</c>: ContainerAppCommandInstruction, or the SDK's choice when it is unset.</summary>
    public required string AppCommandInstruction { get; init; }

    /// <summary>The Dockerfile writes <c>ENTRYPOINT</c>; otherwise the base image's entry point stays.</summary>
    public required bool SetsEntrypoint { get; init; }

    /// <summary>ENTRYPOINT: with the instruction Entrypoint, the app's command and ContainerAppCommandArgs.</summary>
    public required string[] Entrypoint { get; init; }

    /// <summary>ContainerAppCommandArgs (part of <see cref="Entrypoint"/> or <see cref="Command"/>).</summary>
    public required string[] AppCommandArgs { get; init; }

    /// <summary>The Dockerfile writes <c>CMD</c> (even <c>CMD []</c>: without an ENTRYPOINT of its own, the base image's CMD must not stay).</summary>
    public required bool SetsCommand { get; init; }

    /// <summary>CMD, replaced by the arguments of <c>docker run image ...</c>: ContainerDefaultArgs, after the app's command with DefaultArgs.</summary>
    public required string[] Command { get; init; }

    /// <summary>The COPY instructions of the publish output, packages first; one for Native AOT, single-file and composite apps.</summary>
    public required LayerModel[] Layers { get; init; }

    /// <summary>Why the publish output is copied in these layers, and WORKDIR after them.</summary>
    public required Explanation[] LayersWhy { get; init; }

    /// <summary>SlimDockerfileCopyLink: <c>COPY --link</c> (BuildKit; Podman 4.6+).</summary>
    public required bool CopyLink { get; init; }

    /// <summary>OS libraries the app needs that this image lacks, with the package installed for each (also in <see cref="OsPackages"/>).</summary>
    public required NeedModel[] Needs { get; init; }

    /// <summary>Why this image: repository, family, globalization data.</summary>
    public required Explanation[] Why { get; init; }

    /// <summary>Why the final stage installs OS packages.</summary>
    public required Explanation[] PackagesWhy { get; init; }

    /// <summary>Why the COPY has no --link, when it has none.</summary>
    public required Explanation[] CopyWhy { get; init; }

    /// <summary>Where the ENV lines come from.</summary>
    public required Explanation[] EnvironmentWhy { get; init; }

    /// <summary>Where the LABEL lines come from.</summary>
    public required Explanation[] LabelsWhy { get; init; }

    /// <summary>Why the stage runs as its user.</summary>
    public required Explanation[] UserWhy { get; init; }

    /// <summary>Where the exposed ports come from.</summary>
    public required Explanation[] PortsWhy { get; init; }

    /// <summary>Why the entry point is what it is.</summary>
    public required Explanation[] EntrypointWhy { get; init; }

    /// <summary>Why there is a CMD.</summary>
    public required Explanation[] CommandWhy { get; init; }
}
