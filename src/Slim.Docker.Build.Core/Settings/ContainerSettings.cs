using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.Settings;

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

    /// <summary>ContainerFamily when the image table does not know it: used as given, as the SDK does (warning SDB1050).</summary>
    public string? UnknownFamily { get; init; }

    /// <summary>ContainerFamily as the project wrote it, for the Dockerfile's explanation.</summary>
    public string RequestedFamily { get; init; } = "";

    public string WorkingDirectory { get; init; } = DefaultWorkingDirectory;

    /// <summary>ContainerUser, or null to let the base image (or $APP_UID) decide.</summary>
    public string? User { get; init; }

    public IReadOnlyList<ContainerPort> Ports { get; init; } = [];

    public PortSource PortSource { get; init; }

    /// <summary>Where the ports ASP.NET Core listens on come from; they are exposed besides the ContainerPort items.</summary>
    public PortInference PortInference { get; init; }

    /// <summary>Sorted by name; a name given twice keeps its last value, like MSBuild properties.</summary>
    public IReadOnlyList<NamedValue> EnvironmentVariables { get; init; } = [];

    /// <summary>Sorted by name; a name given twice keeps its last value.</summary>
    public IReadOnlyList<NamedValue> Labels { get; init; } = [];

    /// <summary>ContainerAppCommandArgs: always passed to the app, after its command.</summary>
    public IReadOnlyList<string> AppCommandArgs { get; init; } = [];

    /// <summary>ContainerDefaultArgs: part of CMD, replaced by the arguments of <c>docker run image ...</c>.</summary>
    public IReadOnlyList<string> DefaultArgs { get; init; } = [];

    /// <summary>ContainerAppCommand items replace the default app command (<c>dotnet /app/App.dll</c> or <c>/app/App</c>).</summary>
    public bool AppCommandFromProject { get; init; }

    /// <summary>ContainerEntrypoint items (the SDK's older vocabulary) are given.</summary>
    public bool EntrypointFromProject { get; init; }

    /// <summary>ENTRYPOINT and CMD, combined by the SDK's rules (<see cref="EntrypointRules"/>).</summary>
    public EntryCommand Entry { get; init; } = new(AppCommandInstruction.Entrypoint, null, []);
}
