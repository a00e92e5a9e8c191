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

    /// <summary>The image name the header's docker build command tags, e.g. <c>webapi</c>.</summary>
    public required string ImageName { get; init; }

    /// <summary>Arguments after <c>dotnet build &lt;project&gt; -t:GenerateSlimDockerfile</c> that reproduce this file.</summary>
    public required string[] RegenerateArguments { get; init; }
}

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
}

public sealed record RestoreInputModel(string[] Files, string Destination);

public sealed record RestoreModel
{
    public required RestoreInputModel[] Inputs { get; init; }

    /// <summary>MSBuild arguments for restore and publish alike (<c>-p:Name=Value</c>).</summary>
    public required string[] Properties { get; init; }
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

    /// <summary><c>runtime-deps</c>, <c>runtime</c> or <c>aspnet</c>.</summary>
    public required string Repository { get; init; }

    public required bool Distroless { get; init; }

    public required bool HasGlobalizationData { get; init; }

    public required string[] PackagesToInstall { get; init; }

    /// <summary>The base does not switch to the non-root user itself, so the Dockerfile must.</summary>
    public required bool SetsUser { get; init; }

    public required string WorkingDirectory { get; init; }

    public required int[] Ports { get; init; }

    public required string[] Entrypoint { get; init; }
}
