namespace Slim.Docker.Build.Settings;

public enum AppKind
{
    /// <summary>References ASP.NET Core: runs on the aspnet image and listens on a port.</summary>
    Web,

    /// <summary>A console app or worker service: runs on the runtime image.</summary>
    Console,

    /// <summary>A standalone Blazor WebAssembly app: static files served by a web server, no .NET on the server.</summary>
    BlazorWebAssembly,
}
