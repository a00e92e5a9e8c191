namespace Slim.Docker.Build.Planning;

// The variables templates see. Scriban exposes them in snake_case (Restore.ProjectPath -> restore.project_path);
// docs/templates.md documents each one. Arrays rather than lists: Scriban's array functions expect them.

/// <summary>Everything a Dockerfile template renders.</summary>
public sealed record DockerfileModel
{
    public required ToolModel Tool { get; init; }

    public required AppModel App { get; init; }

    public required ContextModel Context { get; init; }

    public required BuildStageModel Build { get; init; }

    public required RestoreModel Restore { get; init; }

    public required PublishModel Publish { get; init; }

    public required FinalStageModel Final { get; init; }

    public required DebugStageModel Debug { get; init; }

    /// <summary>The image name the header's docker build command tags, e.g. <c>webapi</c>.</summary>
    public required string ImageName { get; init; }

    /// <summary>Arguments after <c>dotnet build &lt;project&gt; -t:GenerateSlimDockerfile</c> that reproduce this file.</summary>
    public required string[] RegenerateArguments { get; init; }

    /// <summary>SlimDockerfileRegistryMirror, or empty: the host that stands in for Microsoft's registry in every FROM.</summary>
    public required string RegistryMirror { get; init; }
}

/// <summary>A name and a value for <c>docker_kv</c> (ENV, LABEL).</summary>
public sealed record NameValueModel(string Name, string Value);

/// <summary>A build stage <c>ARG</c>; <c>HasValue</c> false renders <c>ARG NAME</c> without a default.</summary>
public sealed record BuildArgModel(string Name, string Value, bool HasValue);

/// <summary>An exposed port: <c>Spec</c> is <c>8080</c> or <c>53/udp</c>, as EXPOSE and <c>docker run -p</c> write it.</summary>
public sealed record PortModel(int Number, string Protocol, string Spec);

public sealed record ToolModel(string Name, string Version);

public sealed record AppModel
{
    public required string AssemblyName { get; init; }

    public required string ProjectFileName { get; init; }

    public required string TargetFramework { get; init; }

    /// <summary><c>8.0</c>, <c>10.0</c>, ...</summary>
    public required string DotnetVersion { get; init; }

    /// <summary><c>web</c> or <c>console</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>framework-dependent</c>, <c>self-contained</c> or <c>native-aot</c>.</summary>
    public required string Deployment { get; init; }

    public required bool Invariant { get; init; }

    public required bool Trimmed { get; init; }

    public required bool SingleFile { get; init; }

    public required bool ReadyToRun { get; init; }

    public required bool Musl { get; init; }

    /// <summary>The RID the project pins, or empty when the target platform decides.</summary>
    public required string RuntimeIdentifier { get; init; }
}

public sealed record ContextModel
{
    /// <summary>The Dockerfile relative to the context root.</summary>
    public required string Dockerfile { get; init; }

    /// <summary>The context root relative to the Dockerfile's folder (<c>.</c>, <c>..</c>, <c>../..</c>).</summary>
    public required string FromDockerfile { get; init; }

    /// <summary>The project file relative to the context root.</summary>
    public required string Project { get; init; }
}

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
}

public sealed record RestoreInputModel(string[] Files, string Destination);

public sealed record RestoreModel
{
    public required RestoreInputModel[] Inputs { get; init; }

    /// <summary>MSBuild arguments for restore and publish alike (<c>-p:Name=Value</c>).</summary>
    public required string[] Properties { get; init; }

    /// <summary>
    /// SlimDockerfileNuGetConfigSecret: the id of the BuildKit secret that restore reads as its only nuget.config
    /// (mounted at <c>/run/secrets/&lt;id&gt;</c>), or empty when restore reads the nuget.config files of the context.
    /// Named Nuget, not NuGet, so that Scriban calls it <c>nuget_config_secret</c>.
    /// </summary>
    public required string NugetConfigSecret { get; init; }
}

public sealed record PublishModel
{
    public required string Configuration { get; init; }

    /// <summary>The target framework to pass with <c>-f</c>, or empty when the project has only one.</summary>
    public required string Framework { get; init; }

    /// <summary>The folder publish writes to in the build stage.</summary>
    public required string Output { get; init; }
}

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

    /// <summary>ContainerLabel items, sorted by name.</summary>
    public required NameValueModel[] Labels { get; init; }

    /// <summary>The app's command and ContainerAppCommandArgs: always run.</summary>
    public required string[] Entrypoint { get; init; }

    /// <summary>ContainerAppCommandArgs, also part of <see cref="Entrypoint"/>.</summary>
    public required string[] AppCommandArgs { get; init; }

    /// <summary>ContainerDefaultArgs: CMD, replaced by the arguments of <c>docker run image ...</c>; empty for none.</summary>
    public required string[] Command { get; init; }

    /// <summary>SlimDockerfileCopyLink: <c>COPY --link</c> (BuildKit; Podman 4.6+).</summary>
    public required bool CopyLink { get; init; }

    /// <summary>OS libraries the app needs that this image lacks, with the package installed for each (also in <see cref="OsPackages"/>).</summary>
    public required NeedModel[] Needs { get; init; }
}

/// <summary>A library the app needs (<c>libfontconfig.so.1</c>), what needs it, and the package that provides it.</summary>
public sealed record NeedModel(string Library, string NeededBy, string Package);

/// <summary>The <c>debug</c> stage: the same app on a full image with a shell and the .NET diagnostic tools.</summary>
public sealed record DebugStageModel
{
    /// <summary>The full aspnet or runtime image of the app's version (<c>aspnet:10.0-noble</c>).</summary>
    public required string Image { get; init; }

    /// <summary>The global tools installed into <see cref="ToolsPath"/>: dotnet-counters, dotnet-dump, dotnet-trace.</summary>
    public required string[] Tools { get; init; }

    public required string ToolsPath { get; init; }

    /// <summary>ContainerUser, else <c>$APP_UID</c>: full images define the non-root user but do not switch to it.</summary>
    public required string User { get; init; }
}
