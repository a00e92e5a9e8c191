using System.Text.RegularExpressions;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Decides which command-line properties of the host's <c>dotnet publish</c> are repeated inside the
/// container, so that the image contains what the user asked for (<c>-p:PublishAot=true</c>, ...). Every property
/// is forwarded except those <see cref="NotForwarded"/> names: the one place that rule lives.
/// </summary>
public static partial class ForwardedProperties
{
    // MSBuild's property names (XmlUtilities.IsValidInitialElementNameCharacter/IsValidSubsequentElementNameCharacter).
    // Anything else could smuggle a second property into the -p: argument ("A=1;Configuration=Debug").
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PropertyName();

    public static bool IsValidName(string name) => PropertyName().IsMatch(name);

    /// <summary>
    /// The command-line properties that stay on the host, each with its reason: set by MSBuild, the SDK or the
    /// dotnet CLI themselves, written as their own arguments, or meaningful only on the host.
    /// </summary>
    public static IReadOnlyList<NotForwardedRule> NotForwarded { get; } =
    [
        // Written as their own arguments of the RUN lines, or decided by the image.
        Exact("Configuration", "written as -c (from -c or SlimDockerfileConfiguration)"),
        Exact("TargetFramework", "written as -f of dotnet publish"),
        Exact("RuntimeIdentifier", "the image's architecture decides it (-a $TARGETARCH); the project's own RID stays in the project"),
        Exact("RuntimeIdentifiers", "restore in the container restores for the image's architecture only"),
        Exact("ContainerRuntimeIdentifier", "decides the images and the header's --platform, not the build"),
        Exact(KnownStrings.SlimProperties.GenerateSlimDockerfile, "the container's build passes GenerateSlimDockerfile=false, so it never regenerates"),
        Prefix(KnownStrings.SlimProperties.Prefix, "this package's own settings: they shape the Dockerfile, not the app"),

        // Set by MSBuild for every project of a solution build (dotnet publish All.sln/All.slnx).
        Exact("CurrentSolutionConfigurationContents", "MSBuild sets it in solution builds: the solution's whole configuration table, with host paths"),
        Exact("BuildingSolutionFile", "MSBuild sets it in solution builds"),
        Exact("SolutionDir", "MSBuild sets it in solution builds: a host path"),
        Exact("SolutionPath", "MSBuild sets it in solution builds: a host path"),
        Exact("SolutionName", "MSBuild sets it in solution builds; the container builds one project"),
        Exact("SolutionExt", "MSBuild sets it in solution builds; the container builds one project"),
        Exact("SolutionFileName", "MSBuild sets it in solution builds; the container builds one project"),
        Exact("Platform", "solution builds set it from the solution configuration (AnyCPU); the image's architecture comes from -a $TARGETARCH"),

        // Set by the dotnet CLI's switches, for the host's build only.
        Exact("NoBuild", "dotnet publish --no-build sets it; the container has no earlier build to reuse, so its publish would fail"),
        Exact("NoRestore", "dotnet publish --no-restore sets it; the Dockerfile restores in its own step and publishes with --no-restore"),
        Prefix("_", "private properties of MSBuild, the SDK and the dotnet CLI (_IsPublishing, _CommandLineDefinedRuntimeIdentifier, ...)"),
        Prefix("MSBuild", "MSBuild's own (reserved) properties, paths of the host's MSBuild"),
        Prefix("DOTNET_", "the dotnet CLI's own switches (DOTNET_CLI_DISABLE_PUBLISH_AND_PACK_RELEASE)"),
        Exact("NuGetInteractive", "dotnet restore --interactive sets it; a container build cannot prompt"),
        Exact("RestoreUseStaticGraphEvaluation", "restore's own switch on the host"),
        Exact("ExcludeRestorePackageImports", "restore sets it while it evaluates projects"),
        Exact("BuildingInsideVisualStudio", "Visual Studio sets it for its own builds"),
        Exact("DesignTimeBuild", "set by IDEs for their design-time builds"),

        // Paths into the host's file system.
        Exact("PublishDir", "a host path (-o); the container publishes to /app"),
        Exact("OutputPath", "a folder of the host's file system; the container builds into its own"),
        Exact("OutDir", "a folder of the host's file system; the container builds into its own"),
        Exact("BaseOutputPath", "a folder of the host's file system; the container builds into its own"),
        Exact("BaseIntermediateOutputPath", "a folder of the host's file system (obj/); restore in the container writes its own"),
        Exact("IntermediateOutputPath", "a folder of the host's file system (obj/); the container builds into its own"),
        Exact("ArtifactsPath", "a host path (--artifacts-path)"),
        Exact("PackageOutputPath", "a folder of the host's file system where dotnet pack writes"),
        Exact("RestoreSources", "host feeds (--source); the container restores from the nuget.config files it copies"),
        Exact("RestoreAdditionalProjectSources", "feeds of the host; the container restores from the nuget.config files it copies"),
        Exact("RestorePackagesPath", "a host path (--packages)"),
        Exact("RestoreConfigFile", "a host path (--configfile); use SlimDockerfileNuGetConfigSecret for a config with credentials"),
    ];

    /// <summary>The properties to forward, sorted by name so the output is deterministic.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Select(IReadOnlyDictionary<string, string> globalProperties) =>
        globalProperties
            .Where(p => IsForwarded(p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    public static bool IsForwarded(string name) => name.Length > 0 && RuleFor(name) is null;

    /// <summary>The rule that keeps <paramref name="name"/> on the host, or null when it is forwarded.</summary>
    public static NotForwardedRule? RuleFor(string name) => NotForwarded.FirstOrDefault(r => r.Matches(name));

    /// <summary>
    /// The <c>-p:</c> argument that makes MSBuild see exactly <paramref name="value"/>. MSBuild splits
    /// unquoted values at ';' and ','; quoting keeps them whole, and %XX-escaping keeps quotes and percent
    /// signs literal.
    /// </summary>
    public static string ToArgument(string name, string value)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\"", "%22", StringComparison.Ordinal);
        var needsQuotes = escaped.IndexOfAny([';', ',', ' ', '\t']) >= 0 || escaped.Length == 0;
        return needsQuotes ? $"-p:{name}=\"{escaped}\"" : $"-p:{name}={escaped}";
    }

    private static NotForwardedRule Exact(string name, string reason) => new(name, IsPrefix: false, reason);

    private static NotForwardedRule Prefix(string prefix, string reason) => new(prefix, IsPrefix: true, reason);
}
