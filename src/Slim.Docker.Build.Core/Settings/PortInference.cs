namespace Slim.Docker.Build.Settings;

/// <summary>Which variable the ports ASP.NET Core listens on come from, as the SDK infers them.</summary>
public enum PortInference
{
    /// <summary>None: a console app without port variables of its own.</summary>
    None,

    /// <summary>ASPNETCORE_HTTP_PORTS=8080, which every .NET 8+ image sets.</summary>
    ImageDefault,

    /// <summary>ASPNETCORE_HTTP_PORTS/ASPNETCORE_HTTPS_PORTS among the ContainerEnvironmentVariable items.</summary>
    PortVariables,

    /// <summary>ASPNETCORE_URLS among the ContainerEnvironmentVariable items: it replaces the port variables.</summary>
    Urls,
}
