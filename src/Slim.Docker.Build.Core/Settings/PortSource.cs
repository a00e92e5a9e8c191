namespace Slim.Docker.Build.Settings;

/// <summary>Where the exposed ports come from, so the Dockerfile can say so.</summary>
public enum PortSource
{
    /// <summary>8080 for web apps (ASPNETCORE_HTTP_PORTS in .NET 8+ images), none for console apps.</summary>
    Default,

    /// <summary>The project's ContainerPort items.</summary>
    ContainerPort,

    /// <summary>ASPNETCORE_HTTP_PORTS/ASPNETCORE_HTTPS_PORTS among the ContainerEnvironmentVariable items.</summary>
    Environment,
}
