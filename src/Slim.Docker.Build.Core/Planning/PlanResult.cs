using Slim.Docker.Build.Compose;
using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Reporting;

namespace Slim.Docker.Build.Planning;

/// <summary>The outcome of planning: a model to render, or the diagnostics that explain why there is none.</summary>
public sealed record PlanResult(DockerfileModel? Model, BuildContextLayout? Layout, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Why the project gets no Dockerfile without an error (a library in a solution build), or null.</summary>
    public string? Skipped { get; init; }

    /// <summary>This app's service of the build context's compose.yaml (SlimDockerfileCompose=true), or null.</summary>
    public ComposeService? Compose { get; init; }

    /// <summary>What the size report after publish needs of the plan; null when there is no model.</summary>
    public SizeReportPlan? SizePlan { get; init; }

    public bool Succeeded => Model is not null && Layout is not null && !Diagnostics.Any(d => d.IsError);
}
