using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Reporting;

namespace Slim.Docker.Build.Planning;

/// <summary>The outcome of planning: a model to render, or the diagnostics that explain why there is none.</summary>
public sealed record PlanResult(DockerfileModel? Model, BuildContextLayout? Layout, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What the size report after publish needs of the plan; null when there is no model.</summary>
    public SizeReportPlan? SizePlan { get; init; }

    public bool Succeeded => Model is not null && Layout is not null && !Diagnostics.Any(d => d.IsError);
}
