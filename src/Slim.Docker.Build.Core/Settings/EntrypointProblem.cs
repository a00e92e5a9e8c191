namespace Slim.Docker.Build.Settings;

/// <summary>Why the SDK's rules give no entry command: each maps to one of the SDK's CONTAINER20xx errors.</summary>
public enum EntrypointProblem
{
    None,

    /// <summary>CONTAINER2024: ContainerEntrypointArgs without ContainerEntrypoint.</summary>
    EntrypointArgsWithoutEntrypoint,

    /// <summary>CONTAINER2025: ContainerAppCommandArgs without ContainerAppCommand (only possible with instruction None).</summary>
    AppCommandArgsWithoutAppCommand,

    /// <summary>CONTAINER2026: ContainerAppCommand or ContainerAppCommandArgs with instruction None.</summary>
    AppCommandWithInstructionNone,

    /// <summary>CONTAINER2028: ContainerEntrypoint with instruction Entrypoint.</summary>
    EntrypointWithInstructionEntrypoint,
}
