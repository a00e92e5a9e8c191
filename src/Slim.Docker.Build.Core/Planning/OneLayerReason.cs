namespace Slim.Docker.Build.Planning;

/// <summary>Why the publish output is one layer rather than packages and app.</summary>
public enum OneLayerReason
{
    /// <summary>Two layers: packages, then the app.</summary>
    None,

    /// <summary>Native AOT: one executable holds the app, its packages and the runtime.</summary>
    NativeAot,

    /// <summary>PublishSingleFile: one bundle holds the app and its packages.</summary>
    SingleFile,

    /// <summary>Composite ReadyToRun: one composite image, rewritten by every code change, holds the native code of the app and its packages.</summary>
    CompositeReadyToRun,

    /// <summary>A standalone Blazor WebAssembly app: the web server's image takes only its wwwroot, not the publish output's layers.</summary>
    StaticSite,
}
