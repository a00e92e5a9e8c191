namespace Slim.Docker.Build.Settings;

/// <summary>
/// How ContainerEntrypoint, ContainerEntrypointArgs, ContainerAppCommand, ContainerAppCommandArgs, ContainerDefaultArgs
/// and ContainerAppCommandInstruction combine into ENTRYPOINT and CMD: a port of the SDK's
/// <c>ImageBuilder.DetermineEntrypointAndCmd</c> (dotnet/sdk, src/Containers), checked against the SDK's own unit-test
/// table (EntrypointRulesTests). Kept separate from the readers so that the table can test it as the SDK tests it.
/// </summary>
public static class EntrypointRules
{
    /// <param name="instruction">ContainerAppCommandInstruction; null when the project does not set it.</param>
    /// <param name="entrypoint">ContainerEntrypoint items (the SDK's older vocabulary).</param>
    /// <param name="entrypointArgs">ContainerEntrypointArgs items (older vocabulary).</param>
    /// <param name="appCommand">ContainerAppCommand items, or the SDK's default app command.</param>
    /// <param name="appCommandArgs">ContainerAppCommandArgs items.</param>
    /// <param name="defaultArgs">ContainerDefaultArgs items.</param>
    /// <param name="baseEntrypoint">The base image's ENTRYPOINT when it is known; null when it is not (then it is kept as it is).</param>
    public static (EntryCommand? Command, EntrypointProblem Problem) Determine(
        AppCommandInstruction? instruction,
        IReadOnlyList<string> entrypoint,
        IReadOnlyList<string> entrypointArgs,
        IReadOnlyList<string> appCommand,
        IReadOnlyList<string> appCommandArgs,
        IReadOnlyList<string> defaultArgs,
        IReadOnlyList<string>? baseEntrypoint = null)
    {
        var setsEntrypoint = entrypoint.Count > 0 || entrypointArgs.Count > 0;
        IReadOnlyList<string> command = defaultArgs;

        // The SDK drops a base entrypoint that is only the dotnet host: the app command starts it itself.
        if (baseEntrypoint is ["dotnet"] or ["/usr/bin/dotnet"])
        {
            baseEntrypoint = [];
        }

        if (instruction is null)
        {
            if (setsEntrypoint && defaultArgs.Count == 0 && appCommandArgs.Count == 0 && entrypoint.Count == 0)
            {
                // Back compatibility: only ContainerEntrypointArgs given. They become CMD after the app command.
                return (new EntryCommand(AppCommandInstruction.None, appCommand.Count > 0 ? appCommand : baseEntrypoint, entrypointArgs), EntrypointProblem.None);
            }

            instruction = setsEntrypoint ? AppCommandInstruction.DefaultArgs : AppCommandInstruction.Entrypoint;
        }

        if (entrypointArgs.Count > 0 && entrypoint.Count == 0)
        {
            return (null, EntrypointProblem.EntrypointArgsWithoutEntrypoint);
        }

        if (appCommandArgs.Count > 0 && appCommand.Count == 0)
        {
            return (null, EntrypointProblem.AppCommandArgsWithoutAppCommand);
        }

        IReadOnlyList<string> finalEntrypoint = [.. entrypoint, .. entrypointArgs];
        switch (instruction)
        {
            case AppCommandInstruction.None when appCommand.Count > 0 || appCommandArgs.Count > 0:
                return (null, EntrypointProblem.AppCommandWithInstructionNone);
            case AppCommandInstruction.DefaultArgs:
                command = [.. appCommand, .. appCommandArgs, .. defaultArgs];
                break;
            case AppCommandInstruction.Entrypoint when setsEntrypoint:
                return (null, EntrypointProblem.EntrypointWithInstructionEntrypoint);
            case AppCommandInstruction.Entrypoint:
                finalEntrypoint = [.. appCommand, .. appCommandArgs];
                break;
        }

        return (new EntryCommand(instruction.Value, finalEntrypoint.Count > 0 ? finalEntrypoint : baseEntrypoint, command), EntrypointProblem.None);
    }
}
