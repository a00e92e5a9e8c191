namespace Slim.Docker.Build.Project;

/// <summary>
/// What the project says about itself, as MSBuild evaluated it. Values are kept as the raw strings
/// MSBuild produced so that the planner, not the adapter, decides what is valid.
/// </summary>
public sealed record ProjectFacts
{
    /// <summary>Absolute path of the project file.</summary>
    public required string ProjectPath { get; init; }

    public required string AssemblyName { get; init; }

    public string TargetFramework { get; init; } = "";

    public string TargetFrameworks { get; init; } = "";

    /// <summary>For example <c>.NETCoreApp</c>.</summary>
    public string TargetFrameworkIdentifier { get; init; } = "";

    /// <summary>For example <c>v10.0</c>.</summary>
    public string TargetFrameworkVersion { get; init; } = "";

    /// <summary>For example <c>windows</c> for <c>net10.0-windows</c>; empty for plain TFMs.</summary>
    public string TargetPlatformIdentifier { get; init; } = "";

    public string RuntimeIdentifier { get; init; } = "";

    /// <summary>The SDK's container vocabulary: the RID of the image, when it differs from RuntimeIdentifier.</summary>
    public string ContainerRuntimeIdentifier { get; init; } = "";

    public string OutputType { get; init; } = "";

    public string SelfContained { get; init; } = "";

    public string PublishSelfContained { get; init; } = "";

    public string PublishTrimmed { get; init; } = "";

    public string PublishAot { get; init; } = "";

    public string PublishSingleFile { get; init; } = "";

    public string PublishReadyToRun { get; init; } = "";

    public string InvariantGlobalization { get; init; } = "";

    /// <summary>True when the project has a FrameworkReference to Microsoft.AspNetCore.App.</summary>
    public bool ReferencesAspNetCore { get; init; }

    /// <summary>The SDK's container vocabulary: the image name, e.g. <c>contoso/web</c>.</summary>
    public string ContainerRepository { get; init; } = "";

    // The SDK's container vocabulary (dotnet publish -t:PublishContainer), with the same meaning.

    /// <summary>The final stage's image; when set, ContainerFamily is ignored.</summary>
    public string ContainerBaseImage { get; init; } = "";

    /// <summary>The variant of Microsoft's image tag, e.g. <c>alpine</c> or <c>noble-chiseled</c>.</summary>
    public string ContainerFamily { get; init; } = "";

    public string ContainerWorkingDirectory { get; init; } = "";

    public string ContainerUser { get; init; } = "";

    /// <summary>ContainerPort items: Include is the port, metadata Type is tcp or udp.</summary>
    public IReadOnlyList<ProjectItem> ContainerPorts { get; init; } = [];

    /// <summary>ContainerEnvironmentVariable items: Include is the name, metadata Value the value.</summary>
    public IReadOnlyList<ProjectItem> ContainerEnvironmentVariables { get; init; } = [];

    /// <summary>ContainerLabel items: Include is the key, metadata Value the value.</summary>
    public IReadOnlyList<ProjectItem> ContainerLabels { get; init; } = [];

    /// <summary>ContainerAppCommandArgs items, in the project's order.</summary>
    public IReadOnlyList<string> ContainerAppCommandArgs { get; init; } = [];

    /// <summary>ContainerDefaultArgs items, in the project's order.</summary>
    public IReadOnlyList<string> ContainerDefaultArgs { get; init; } = [];

    /// <summary>Absolute paths of every project in the ProjectReference closure, the project itself excluded.</summary>
    public IReadOnlyList<string> ProjectReferences { get; init; } = [];

    /// <summary>obj/project.assets.json: the packages and native libraries the app ships; empty when unknown.</summary>
    public string ProjectAssetsFile { get; init; } = "";

    /// <summary>Properties given on the command line (<c>-p:</c>, <c>-c</c>, <c>-r</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> GlobalProperties { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
