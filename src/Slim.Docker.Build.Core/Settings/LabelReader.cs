using System.Text.RegularExpressions;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Reads the SDK's label settings with its defaults (Microsoft.NET.Build.Containers.targets, ComputeContainerConfig):
/// every switch is on unless the project sets it to false, and each value falls back to the package property the SDK
/// names (ContainerVersion to PackageVersion, ContainerAuthors to Authors, ...).
/// </summary>
public static partial class LabelReader
{
    /// <summary>The sub-switches: ContainerGenerateLabels followed by one of these.</summary>
    public static readonly string[] Switches =
    [
        "ImageCreated", "ImageDescription", "ImageAuthors", "ImageUrl", "ImageDocumentation", "ImageSource", "ImageVersion",
        "ImageRevision", "ImageVendor", "ImageLicenses", "ImageTitle", "ImageBaseDigest", "ImageBaseName", "DotnetToolset",
    ];

    // A line break and the indentation around it: a multi-line <Description> becomes one line.
    [GeneratedRegex(@"\s*[\r\n]+\s*|[\p{Cc}-[\t]]")]
    private static partial Regex LineBreak();

    /// <summary>The settings, or null when a switch is not a boolean (SDB1009).</summary>
    public static LabelSettings? Read(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var checkpoint = diagnostics.Checkpoint();
        var properties = new PropertyReader(facts, diagnostics);
        var off = Switches
            .Where(s => properties.Boolean(KnownStrings.LabelProperties.GenerateLabels + s) == false)
            .ToHashSet(StringComparer.Ordinal);
        var generate = properties.Boolean(KnownStrings.LabelProperties.GenerateLabels) != false;
        var publishRepositoryUrl = properties.Boolean(KnownStrings.LabelProperties.PublishRepositoryUrl) == true;
        return checkpoint.HasNewErrors ? null : new LabelSettings
        {
            Generate = generate,
            Off = off,
            Title = Value(facts, KnownStrings.LabelProperties.ContainerTitle, KnownStrings.LabelProperties.Title),
            Description = Value(facts, KnownStrings.LabelProperties.ContainerDescription, KnownStrings.LabelProperties.Description),
            Version = Value(facts, KnownStrings.LabelProperties.ContainerVersion, KnownStrings.LabelProperties.PackageVersion),
            Authors = Value(facts, KnownStrings.LabelProperties.ContainerAuthors, KnownStrings.LabelProperties.Authors),
            Vendor = Value(facts, KnownStrings.LabelProperties.ContainerVendor),
            Licenses = Value(facts, KnownStrings.LabelProperties.ContainerLicenseExpression, KnownStrings.LabelProperties.PackageLicenseExpression),
            Url = Value(facts, KnownStrings.LabelProperties.ContainerInformationUrl, KnownStrings.LabelProperties.PackageProjectUrl),
            Documentation = Value(facts, KnownStrings.LabelProperties.ContainerDocumentationUrl, KnownStrings.LabelProperties.PackageProjectUrl),
            PublishRepositoryUrl = publishRepositoryUrl,
            Source = Source(facts),
        };
    }

    /// <summary>The first of the properties that has a value, on one line.</summary>
    private static string Value(ProjectFacts facts, params string[] names) =>
        names.Select(n => facts.Property(n)).FirstOrDefault(v => v.Length > 0) is { } value ? LineBreak().Replace(value, " ") : "";

    /// <summary>
    /// The SDK's _TrimmedRepositoryUrl: PrivateRepositoryUrl, without '.git' when RepositoryType is git. User
    /// information (a token in https://token@host/...) never reaches the file.
    /// </summary>
    private static string Source(ProjectFacts facts)
    {
        var url = Value(facts, KnownStrings.LabelProperties.PrivateRepositoryUrl).Trim();
        if (facts.Property(KnownStrings.LabelProperties.RepositoryType).Trim() == "git" && url.EndsWith(".git", StringComparison.Ordinal))
        {
            url = url[..url.LastIndexOf(".git", StringComparison.Ordinal)];
        }

        // scheme://user:token@host/path -> scheme://host/path
        var authority = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var at = authority < 3 ? -1 : url.IndexOf('@', authority);
        var slash = authority < 3 ? -1 : url.IndexOf('/', authority);
        return at > 0 && (slash < 0 || at < slash) ? url[..authority] + url[(at + 1)..] : url;
    }
}
