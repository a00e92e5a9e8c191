using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Decides which command-line properties of the host's <c>dotnet publish</c> are repeated inside the
/// container, so that the image contains what the user asked for (<c>-p:PublishAot=true</c>, ...).
/// </summary>
public static partial class ForwardedProperties
{
    // MSBuild's property names (XmlUtilities.IsValidInitialElementNameCharacter/IsValidSubsequentElementNameCharacter).
    // Anything else could smuggle a second property into the -p: argument ("A=1;Configuration=Debug").
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PropertyName();

    public static bool IsValidName(string name) => PropertyName().IsMatch(name);

    // Set by the CLI or by this package, or rendered as their own arguments (-c, -f, -a), or meaningful
    // only on the host (paths into the host's file system).
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Configuration",
        "TargetFramework",
        "RuntimeIdentifier",
        "RuntimeIdentifiers",
        "ContainerRuntimeIdentifier",
        "PublishDir",
        "OutputPath",
        "OutDir",
        "BaseOutputPath",
        "BaseIntermediateOutputPath",
        "IntermediateOutputPath",
        "MSBuildProjectExtensionsPath",
        "ArtifactsPath",
        "PackageOutputPath",
        "RestoreSources",
        "RestoreAdditionalProjectSources",
        "RestorePackagesPath",
        "RestoreConfigFile",
        "NuGetInteractive",
        "MSBuildRestoreSessionId",
        "RestoreUseStaticGraphEvaluation",
        "ExcludeRestorePackageImports",
        "GenerateSlimDockerfile",
    };

    private const string PackagePrefix = "SlimDockerfile";

    /// <summary>The properties to forward, sorted by name so the output is deterministic.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Select(IReadOnlyDictionary<string, string> globalProperties) =>
        globalProperties
            .Where(p => IsForwarded(p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    public static bool IsForwarded(string name) =>
        name.Length > 0
        && !name.StartsWith('_') // the CLI's and the SDK's private properties (_IsPublishing, ...)
        && !name.StartsWith(PackagePrefix, StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) // the CLI's own switches (DOTNET_CLI_DISABLE_PUBLISH_AND_PACK_RELEASE)
        && !NotForwarded.Contains(name);

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
}
