namespace Slim.Docker.Build.Project;

/// <summary>
/// A target of the project as MSBuild evaluated it (every import included): its name, how it is ordered among the
/// others (target names, properties expanded) and the commands of its Exec tasks. Read by the MSBuild adapter; the
/// front-end detection needs nothing else of a target.
/// </summary>
public sealed record ProjectTarget(
    string Name,
    IReadOnlyList<string> DependsOnTargets,
    IReadOnlyList<string> BeforeTargets,
    IReadOnlyList<string> AfterTargets,
    IReadOnlyList<ProjectExec> Execs)
{
    /// <summary>Targets this one runs itself (CallTarget), besides its DependsOnTargets.</summary>
    public IReadOnlyList<string> CallsTargets { get; init; } = [];
}

