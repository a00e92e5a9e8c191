using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Output;

namespace Slim.Docker.Build.Generation;

public sealed record GenerationResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<WriteResult> Files,
    DockerfileModel? Model)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Why nothing was generated although nothing is wrong (a library in a solution build), or null.</summary>
    public string? Skipped { get; init; }
}
