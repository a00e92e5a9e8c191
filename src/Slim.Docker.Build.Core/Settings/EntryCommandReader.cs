using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Reads the SDK's entry-command vocabulary (ContainerAppCommand, ContainerAppCommandArgs, ContainerDefaultArgs,
/// ContainerAppCommandInstruction and the older ContainerEntrypoint/ContainerEntrypointArgs) and combines it by the SDK's
/// rules (<see cref="EntrypointRules"/>), with the SDK's default app command: <c>/app/App</c> for an app that brings its
/// own runtime, <c>dotnet /app/App.dll</c> otherwise, as absolute paths in the working directory.
/// </summary>
public static class EntryCommandReader
{
    public static EntryCommand? Read(ProjectFacts facts, AppProfile app, string workingDirectory, DiagnosticBag diagnostics)
    {
        var text = facts.Property(KnownStrings.ContainerProperties.ContainerAppCommandInstruction).Trim();
        AppCommandInstruction? instruction = null;
        if (text.Length > 0)
        {
            // By name only, in any case (the SDK's targets compare it case-insensitively; its task would throw on 'none').
            var name = Enum.GetNames<AppCommandInstruction>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                diagnostics.Error(
                    DiagnosticCodes.UnknownAppCommandInstruction,
                    $"ContainerAppCommandInstruction is '{ValueRules.Visible(text)}', but it must be Entrypoint (the app command is the ENTRYPOINT), " +
                    "DefaultArgs (the app command is the CMD, after the base image's entrypoint) or None (no app command), as for dotnet publish -t:PublishContainer.");
                return null;
            }

            instruction = Enum.Parse<AppCommandInstruction>(name);
        }

        var appCommand = Values(facts, KnownStrings.Items.ContainerAppCommand);
        if (appCommand.Count == 0 && instruction != AppCommandInstruction.None)
        {
            appCommand = DefaultAppCommand(app, workingDirectory);
        }

        var (command, problem) = EntrypointRules.Determine(
            instruction,
            Values(facts, KnownStrings.Items.ContainerEntrypoint),
            Values(facts, KnownStrings.Items.ContainerEntrypointArgs),
            appCommand,
            Values(facts, KnownStrings.Items.ContainerAppCommandArgs),
            Values(facts, KnownStrings.Items.ContainerDefaultArgs));
        if (problem != EntrypointProblem.None)
        {
            Report(problem, instruction, diagnostics);
            return null;
        }

        // Exec-form JSON arrays escape every character, so any argument can be written.
        return command;
    }

    /// <summary>
    /// The SDK's default ContainerAppCommand: the working directory and the app's file (the SDK concatenates them
    /// with no separator, so a ContainerWorkingDirectory without its trailing '/' gives '/srvApp'; this joins them as paths).
    /// A framework-dependent single-file app starts through its bundle, where the SDK would run a missing App.dll.
    /// </summary>
    public static IReadOnlyList<string> DefaultAppCommand(AppProfile app, string workingDirectory)
    {
        var directory = workingDirectory.EndsWith('/') ? workingDirectory : workingDirectory + "/";
        return app.StartsThroughOwnExecutable ? [directory + app.AssemblyName] : ["dotnet", directory + app.AssemblyName + ".dll"];
    }

    private static IReadOnlyList<string> Values(ProjectFacts facts, string itemType) =>
        [.. facts.ItemsOf(itemType).Select(i => i.Include)];

    /// <summary>Our code for each of the SDK's errors (CONTAINER2024, 2025, 2026, 2028).</summary>
    internal static DiagnosticCode CodeFor(EntrypointProblem problem) => problem switch
    {
        EntrypointProblem.EntrypointArgsWithoutEntrypoint => DiagnosticCodes.EntrypointArgsWithoutEntrypoint,
        EntrypointProblem.AppCommandArgsWithoutAppCommand => DiagnosticCodes.AppCommandArgsWithoutAppCommand,
        EntrypointProblem.AppCommandWithInstructionNone => DiagnosticCodes.AppCommandWithInstructionNone,
        EntrypointProblem.EntrypointWithInstructionEntrypoint => DiagnosticCodes.EntrypointWithInstructionEntrypoint,
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    private static void Report(EntrypointProblem problem, AppCommandInstruction? instruction, DiagnosticBag diagnostics)
    {
        var message = problem switch
        {
            EntrypointProblem.EntrypointArgsWithoutEntrypoint =>
                "ContainerEntrypointArgs items are given without a ContainerEntrypoint item. Use ContainerAppCommandArgs instead " +
                "(the arguments that always follow the app's command), or add the ContainerEntrypoint they belong to.",
            EntrypointProblem.AppCommandArgsWithoutAppCommand =>
                "ContainerAppCommandArgs items are given, but ContainerAppCommandInstruction is None, so there is no app command for them to follow. " +
                "Remove them (use ContainerDefaultArgs for arguments of the base image's entrypoint), or remove ContainerAppCommandInstruction.",
            EntrypointProblem.AppCommandWithInstructionNone =>
                "ContainerAppCommand and ContainerAppCommandArgs must be empty when ContainerAppCommandInstruction is None: None means the image has no app command. " +
                "Remove them, or set ContainerAppCommandInstruction to Entrypoint or DefaultArgs.",
            _ =>
                $"ContainerEntrypoint items cannot be combined with ContainerAppCommandInstruction {instruction}: the app command is the ENTRYPOINT. " +
                "Remove the ContainerEntrypoint items, or set ContainerAppCommandInstruction to DefaultArgs to keep them and pass the app command as CMD.",
        };
        diagnostics.Error(CodeFor(problem), message);
    }
}
