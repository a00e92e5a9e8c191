using System.Globalization;

namespace Slim.Docker.Build.Planning;

/// <summary>A port the image exposes: <c>EXPOSE 8080</c> or <c>EXPOSE 53/udp</c>.</summary>
public sealed record ContainerPort(int Number, string Protocol)
{
    public const string Tcp = "tcp";
    public const string Udp = "udp";

    /// <summary>As EXPOSE and <c>docker run -p</c> write it: tcp is Docker's default and is left out.</summary>
    public string Spec => Protocol == Tcp ? Number.ToString(CultureInfo.InvariantCulture) : $"{Number}/{Protocol}";
}

/// <summary>A name and its value: an environment variable, a label, or a build argument's default.</summary>
public sealed record NamedValue(string Name, string Value);

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

/// <summary>
/// The SDK's container settings (the Container* properties and items), validated. They mean what they mean for
/// <c>dotnet publish -t:PublishContainer</c>.
/// </summary>
public sealed record ContainerSettings
{
    public const string DefaultWorkingDirectory = "/app";

    /// <summary>ContainerBaseImage: the final stage's image, used as given.</summary>
    public ImageReference? BaseImage { get; init; }

    /// <summary>ContainerFamily, resolved against the image table (with -extra added like the SDK does).</summary>
    public ImageFamily? Family { get; init; }

    /// <summary>ContainerFamily as the project wrote it, for the Dockerfile's explanation.</summary>
    public string RequestedFamily { get; init; } = "";

    public string WorkingDirectory { get; init; } = DefaultWorkingDirectory;

    /// <summary>ContainerUser, or null to let the base image (or $APP_UID) decide.</summary>
    public string? User { get; init; }

    public IReadOnlyList<ContainerPort> Ports { get; init; } = [];

    public PortSource PortSource { get; init; }

    /// <summary>Sorted by name; a name given twice keeps its last value, like MSBuild properties.</summary>
    public IReadOnlyList<NamedValue> EnvironmentVariables { get; init; } = [];

    /// <summary>Sorted by name; a name given twice keeps its last value.</summary>
    public IReadOnlyList<NamedValue> Labels { get; init; } = [];

    /// <summary>ContainerAppCommandArgs: always passed to the app, after its command in ENTRYPOINT.</summary>
    public IReadOnlyList<string> AppCommandArgs { get; init; } = [];

    /// <summary>ContainerDefaultArgs: CMD, replaced by the arguments of <c>docker run image ...</c>.</summary>
    public IReadOnlyList<string> DefaultArgs { get; init; } = [];
}
