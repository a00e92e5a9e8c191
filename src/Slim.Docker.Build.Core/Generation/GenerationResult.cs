using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Reporting;

namespace Slim.Docker.Build.Generation;

public sealed record GenerationResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<WriteResult> Files,
    DockerfileModel? Model)
{
    /// <summary>What the size report after publish needs of the plan; null when planning failed.</summary>
    public SizeReportPlan? SizePlan { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Why nothing was generated although nothing is wrong (a library in a solution build), or null.</summary>
    public string? Skipped { get; init; }
}
