namespace Slim.Docker.Build.Settings;

/// <summary>
/// The SDK's default labels, as the project configures them (ContainerGenerateLabels and its sub-switches, and the
/// values with the SDK's fallbacks). Values are on one line: a Dockerfile LABEL cannot hold a line break.
/// </summary>
public sealed record LabelSettings
{
    /// <summary>ContainerGenerateLabels: false turns every default label off.</summary>
    public bool Generate { get; init; } = true;

    /// <summary>The ContainerGenerateLabels* sub-switches that are off, by their suffix (ImageCreated, DotnetToolset, ...).</summary>
    public IReadOnlySet<string> Off { get; init; } = new HashSet<string>();

    /// <summary>ContainerTitle, else Title.</summary>
    public string Title { get; init; } = "";

    /// <summary>ContainerDescription, else Description.</summary>
    public string Description { get; init; } = "";

    /// <summary>ContainerVersion, else PackageVersion (which defaults to Version, 1.0.0).</summary>
    public string Version { get; init; } = "";

    /// <summary>ContainerAuthors, else Authors (which defaults to the assembly name).</summary>
    public string Authors { get; init; } = "";

    /// <summary>ContainerVendor: no fallback, as in the SDK.</summary>
    public string Vendor { get; init; } = "";

    /// <summary>ContainerLicenseExpression, else PackageLicenseExpression.</summary>
    public string Licenses { get; init; } = "";

    /// <summary>ContainerInformationUrl, else PackageProjectUrl.</summary>
    public string Url { get; init; } = "";

    /// <summary>ContainerDocumentationUrl, else PackageProjectUrl.</summary>
    public string Documentation { get; init; } = "";

    /// <summary>PublishRepositoryUrl=true: the source and revision labels are allowed.</summary>
    public bool PublishRepositoryUrl { get; init; }

    /// <summary>The repository URL (PrivateRepositoryUrl from SourceLink, '.git' trimmed for git), without user information.</summary>
    public string Source { get; init; } = "";

    /// <summary>Whether the sub-switch <paramref name="suffix"/> (ContainerGenerateLabels&lt;suffix&gt;) is on, and labels are generated at all.</summary>
    public bool IsOn(string suffix) => Generate && !Off.Contains(suffix);
}
