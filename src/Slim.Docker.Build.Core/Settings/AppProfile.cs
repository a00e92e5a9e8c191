using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>The facts that decide the Dockerfile, validated and interpreted.</summary>
public sealed record AppProfile
{
    public required DotNetVersion Version { get; init; }

    public required string TargetFramework { get; init; }

    public required AppKind Kind { get; init; }

    public required Deployment Deployment { get; init; }

    /// <summary>InvariantGlobalization=true: no ICU needed, so no -extra image.</summary>
    public required bool Invariant { get; init; }

    public bool Trimmed { get; init; }

    public bool SingleFile { get; init; }

    public bool ReadyToRun { get; init; }

    /// <summary>PublishReadyToRunComposite with PublishReadyToRun: the app (and its packages) compiled into one composite image.</summary>
    public bool ReadyToRunComposite { get; init; }

    /// <summary>The RID the project pins; null means the image's architecture decides (<c>-a $TARGETARCH</c>).</summary>
    public RuntimeIdentifierInfo? RuntimeIdentifier { get; init; }

    public required string AssemblyName { get; init; }

    public bool IsMusl => RuntimeIdentifier?.IsMusl == true;

    /// <summary>Self-contained and AOT apps start through their own executable; others through the dotnet host.</summary>
    public bool HasOwnRuntime => Deployment != Deployment.FrameworkDependent;
}
