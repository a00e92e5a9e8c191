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

    /// <summary>
    /// The platforms the image is built for: the pinned RID, or ContainerRuntimeIdentifiers (one multi-platform
    /// image, each platform built with <c>-a $TARGETARCH</c>); empty when the build machine's platform decides.
    /// </summary>
    public IReadOnlyList<RuntimeIdentifierInfo> Platforms { get; init; } = [];

    public required string AssemblyName { get; init; }

    /// <summary>The .NET version of the SDK image when it is not <see cref="Version"/> (global.json, other target frameworks).</summary>
    public DotNetVersion? SdkVersion { get; init; }

    public bool IsMusl => Platforms.Count > 0 ? Platforms.All(p => p.IsMusl) : RuntimeIdentifier?.IsMusl == true;

    /// <summary>The architectures the final image must exist for (x64 when the build machine decides: the usual one).</summary>
    public IReadOnlyList<string> Architectures => Platforms.Count > 0 ? [.. Platforms.Select(p => p.Architecture).Distinct()] : [RuntimeIdentifier?.Architecture ?? "x64"];

    /// <summary>The RIDs, for messages: <c>linux-x64, linux-arm64</c>.</summary>
    public string RuntimeIdentifierNames => string.Join(", ", Platforms.Select(p => p.Rid));

    /// <summary>Self-contained and AOT apps start through their own executable; others through the dotnet host.</summary>
    public bool HasOwnRuntime => Deployment != Deployment.FrameworkDependent;

    /// <summary>
    /// Whether the app starts through its own executable rather than <c>dotnet App.dll</c>: an app with its own runtime,
    /// or a framework-dependent single-file app, whose publish output has no App.dll to give the dotnet host (the bundle
    /// finds the image's shared runtime itself). The SDK's PublishContainer starts the latter with dotnet and fails.
    /// </summary>
    public bool StartsThroughOwnExecutable => HasOwnRuntime || SingleFile;
}
