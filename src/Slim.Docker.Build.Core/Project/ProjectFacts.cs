using System.Collections.Immutable;

namespace Slim.Docker.Build.Project;

/// <summary>
/// What MSBuild evaluated for the project: the raw side of every setting. The task passes the properties and items
/// named in <see cref="KnownStrings"/> as they are, strings included; the readers in Settings/ decide what is valid.
/// The typed members below are views of <see cref="Properties"/> and <see cref="Items"/> for the settings the code
/// reads most; a new setting needs none of them (read it with <see cref="Property"/> or <see cref="ItemsOf"/>).
/// </summary>
public sealed record ProjectFacts
{
    /// <summary>Absolute path of the project file.</summary>
    public required string ProjectPath { get; init; }

    /// <summary>Evaluated properties by name (case-insensitive, like MSBuild); a missing one reads as empty.</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } =
        ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Items by item type, each list in MSBuild's order.</summary>
    public ImmutableDictionary<string, ImmutableList<ProjectItem>> Items { get; init; } =
        ImmutableDictionary.Create<string, ImmutableList<ProjectItem>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Properties given on the command line (<c>-p:</c>, <c>-c</c>, <c>-r</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> GlobalProperties { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The project's targets (all imports included), or null when they were not read: the adapter could not evaluate
    /// them (warning SDB1079), or a test did not say. Only the front-end detection reads them.
    /// </summary>
    public IReadOnlyList<ProjectTarget>? Targets { get; init; }

    /// <summary>The evaluated value of <paramref name="name"/>; empty when the project does not set it.</summary>
    public string Property(string name) => Properties.GetValueOrDefault(name) ?? "";

    /// <summary>The items of <paramref name="itemType"/>, in MSBuild's order.</summary>
    public IReadOnlyList<ProjectItem> ItemsOf(string itemType) => Items.GetValueOrDefault(itemType) ?? [];

    public ProjectFacts WithProperty(string name, string value) => this with { Properties = Properties.SetItem(name, value) };

    public ProjectFacts WithItems(string itemType, IEnumerable<ProjectItem> items) => this with { Items = Items.SetItem(itemType, [.. items]) };

    /// <summary>The folder of the project file.</summary>
    public string ProjectDirectory => Path.GetDirectoryName(ProjectPath)!;

    /// <summary>True when the project has a FrameworkReference to Microsoft.AspNetCore.App.</summary>
    public bool ReferencesAspNetCore
    {
        get => ItemsOf(KnownStrings.Items.FrameworkReference).Any(r => r.Include.Equals(KnownStrings.AspNetCoreFramework, StringComparison.OrdinalIgnoreCase));
        init => Items = Items.SetItem(KnownStrings.Items.FrameworkReference, value ? [new ProjectItem(KnownStrings.AspNetCoreFramework)] : []);
    }

    /// <summary>The direct ProjectReference items, rooted at the project's folder (not normalized: a reader validates them).</summary>
    public IReadOnlyList<string> ProjectReferences
    {
        get => [.. ItemsOf(KnownStrings.Items.ProjectReference).Select(i => Path.IsPathRooted(i.Include) ? i.Include : Path.Join(ProjectDirectory, i.Include))];
        init => Items = Items.SetItem(KnownStrings.Items.ProjectReference, [.. value.Select(v => new ProjectItem(v))]);
    }

    public string AssemblyName
    {
        get => Property(KnownStrings.ProjectProperties.AssemblyName);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.AssemblyName, value);
    }

    public string TargetFramework
    {
        get => Property(KnownStrings.ProjectProperties.TargetFramework);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.TargetFramework, value);
    }

    public string TargetFrameworks
    {
        get => Property(KnownStrings.ProjectProperties.TargetFrameworks);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.TargetFrameworks, value);
    }

    public string TargetFrameworkIdentifier
    {
        get => Property(KnownStrings.ProjectProperties.TargetFrameworkIdentifier);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.TargetFrameworkIdentifier, value);
    }

    public string TargetFrameworkVersion
    {
        get => Property(KnownStrings.ProjectProperties.TargetFrameworkVersion);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.TargetFrameworkVersion, value);
    }

    public string TargetPlatformIdentifier
    {
        get => Property(KnownStrings.ProjectProperties.TargetPlatformIdentifier);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.TargetPlatformIdentifier, value);
    }

    public string RuntimeIdentifier
    {
        get => Property(KnownStrings.ProjectProperties.RuntimeIdentifier);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.RuntimeIdentifier, value);
    }

    public string OutputType
    {
        get => Property(KnownStrings.ProjectProperties.OutputType);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.OutputType, value);
    }

    public string SelfContained
    {
        get => Property(KnownStrings.ProjectProperties.SelfContained);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.SelfContained, value);
    }

    public string PublishSelfContained
    {
        get => Property(KnownStrings.ProjectProperties.PublishSelfContained);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.PublishSelfContained, value);
    }

    public string PublishTrimmed
    {
        get => Property(KnownStrings.ProjectProperties.PublishTrimmed);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.PublishTrimmed, value);
    }

    public string PublishAot
    {
        get => Property(KnownStrings.ProjectProperties.PublishAot);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.PublishAot, value);
    }

    public string PublishSingleFile
    {
        get => Property(KnownStrings.ProjectProperties.PublishSingleFile);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.PublishSingleFile, value);
    }

    public string PublishReadyToRun
    {
        get => Property(KnownStrings.ProjectProperties.PublishReadyToRun);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.PublishReadyToRun, value);
    }

    public string InvariantGlobalization
    {
        get => Property(KnownStrings.ProjectProperties.InvariantGlobalization);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.InvariantGlobalization, value);
    }

    public string ProjectAssetsFile
    {
        get => Property(KnownStrings.ProjectProperties.ProjectAssetsFile);
        init => Properties = Properties.SetItem(KnownStrings.ProjectProperties.ProjectAssetsFile, value);
    }

    public string ContainerRepository
    {
        get => Property(KnownStrings.ContainerProperties.ContainerRepository);
        init => Properties = Properties.SetItem(KnownStrings.ContainerProperties.ContainerRepository, value);
    }

    public string ContainerRuntimeIdentifier
    {
        get => Property(KnownStrings.ContainerProperties.ContainerRuntimeIdentifier);
        init => Properties = Properties.SetItem(KnownStrings.ContainerProperties.ContainerRuntimeIdentifier, value);
    }

    public string ContainerBaseImage
    {
        get => Property(KnownStrings.ContainerProperties.ContainerBaseImage);
        init => Properties = Properties.SetItem(KnownStrings.ContainerProperties.ContainerBaseImage, value);
    }

    public string ContainerFamily
    {
        get => Property(KnownStrings.ContainerProperties.ContainerFamily);
        init => Properties = Properties.SetItem(KnownStrings.ContainerProperties.ContainerFamily, value);
    }

    public string ContainerWorkingDirectory
    {
        get => Property(KnownStrings.ContainerProperties.ContainerWorkingDirectory);
        init => Properties = Properties.SetItem(KnownStrings.ContainerProperties.ContainerWorkingDirectory, value);
    }

    public string ContainerUser
    {
        get => Property(KnownStrings.ContainerProperties.ContainerUser);
        init => Properties = Properties.SetItem(KnownStrings.ContainerProperties.ContainerUser, value);
    }

    public IReadOnlyList<ProjectItem> ContainerPorts
    {
        get => ItemsOf(KnownStrings.Items.ContainerPort);
        init => Items = Items.SetItem(KnownStrings.Items.ContainerPort, [.. value]);
    }

    public IReadOnlyList<ProjectItem> ContainerEnvironmentVariables
    {
        get => ItemsOf(KnownStrings.Items.ContainerEnvironmentVariable);
        init => Items = Items.SetItem(KnownStrings.Items.ContainerEnvironmentVariable, [.. value]);
    }

    public IReadOnlyList<ProjectItem> ContainerLabels
    {
        get => ItemsOf(KnownStrings.Items.ContainerLabel);
        init => Items = Items.SetItem(KnownStrings.Items.ContainerLabel, [.. value]);
    }

    public IReadOnlyList<string> ContainerAppCommandArgs
    {
        get => [.. ItemsOf(KnownStrings.Items.ContainerAppCommandArgs).Select(i => i.Include)];
        init => Items = Items.SetItem(KnownStrings.Items.ContainerAppCommandArgs, [.. value.Select(v => new ProjectItem(v))]);
    }

    public IReadOnlyList<string> ContainerDefaultArgs
    {
        get => [.. ItemsOf(KnownStrings.Items.ContainerDefaultArgs).Select(i => i.Include)];
        init => Items = Items.SetItem(KnownStrings.Items.ContainerDefaultArgs, [.. value.Select(v => new ProjectItem(v))]);
    }
}
