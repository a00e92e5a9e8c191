namespace Slim.Docker.Build.Settings;

/// <summary>
/// The image's entry command as the SDK's <c>ImageBuilder.DetermineEntrypointAndCmd</c> decides it.
/// <paramref name="Entrypoint"/> null means the image keeps its base image's ENTRYPOINT (the SDK's rule when it ends up
/// with none of its own); <paramref name="Command"/> always replaces the base image's CMD, which the SDK never keeps.
/// </summary>
public sealed record EntryCommand(AppCommandInstruction Instruction, IReadOnlyList<string>? Entrypoint, IReadOnlyList<string> Command);
