namespace Slim.Docker.Build.Model;

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
