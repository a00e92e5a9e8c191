namespace Slim.Docker.Build.Settings;

/// <summary>
/// ContainerAppCommandInstruction: how the app's command becomes the image's ENTRYPOINT and CMD (the SDK's
/// <c>KnownAppCommandInstructions</c>). Unset, the SDK picks <see cref="Entrypoint"/>, or <see cref="DefaultArgs"/> when
/// ContainerEntrypoint items are given.
/// </summary>
public enum AppCommandInstruction
{
    /// <summary>ENTRYPOINT = app command and ContainerAppCommandArgs; CMD = ContainerDefaultArgs.</summary>
    Entrypoint,

    /// <summary>The base image's (or ContainerEntrypoint's) ENTRYPOINT stays; CMD = app command, its arguments, the default arguments.</summary>
    DefaultArgs,

    /// <summary>No app command: ENTRYPOINT from ContainerEntrypoint (or the base image), CMD = ContainerDefaultArgs.</summary>
    None,
}
