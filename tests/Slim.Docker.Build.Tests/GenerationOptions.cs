using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// The package's own settings (the SlimDockerfile* properties) of a test, typed for readability. <see cref="ApplyTo"/>
/// writes them into the project's properties under their MSBuild names, as build/Slim.Docker.Build.targets passes them.
/// </summary>
public sealed record GenerationOptions
{
    public string DockerfilePath { get; init; } = "";

    public string ContextDirectory { get; init; } = "";

    public string Configuration { get; init; } = "";

    public string Overwrite { get; init; } = "";

    public string Check { get; init; } = "";

    public string SdkImage { get; init; } = "";

    public string RegistryMirror { get; init; } = "";

    public string BaseImageDigest { get; init; } = "";

    public string SdkImageDigest { get; init; } = "";

    public string OsPackages { get; init; } = "";

    public string OsFeatures { get; init; } = "";

    public IReadOnlyList<ProjectItem> BuildArgs { get; init; } = [];

    public string CacheMounts { get; init; } = "";

    public string NuGetConfigSecret { get; init; } = "";

    public string CopyLink { get; init; } = "";

    public string TemplatesDirectory { get; init; } = "";

    public string Compose { get; init; } = "";

    public string Symbols { get; init; } = "";

    public ProjectFacts ApplyTo(ProjectFacts facts)
    {
        (string Name, string Value)[] properties =
        [
            (KnownStrings.SlimProperties.OutputPath, DockerfilePath),
            (KnownStrings.SlimProperties.Context, ContextDirectory),
            (KnownStrings.SlimProperties.Configuration, Configuration),
            (KnownStrings.SlimProperties.Overwrite, Overwrite),
            (KnownStrings.SlimProperties.Check, Check),
            (KnownStrings.SlimProperties.SdkImage, SdkImage),
            (KnownStrings.SlimProperties.RegistryMirror, RegistryMirror),
            (KnownStrings.SlimProperties.BaseImageDigest, BaseImageDigest),
            (KnownStrings.SlimProperties.SdkImageDigest, SdkImageDigest),
            (KnownStrings.SlimProperties.OsPackages, OsPackages),
            (KnownStrings.SlimProperties.OsFeatures, OsFeatures),
            (KnownStrings.SlimProperties.CacheMounts, CacheMounts),
            (KnownStrings.SlimProperties.NuGetConfigSecret, NuGetConfigSecret),
            (KnownStrings.SlimProperties.CopyLink, CopyLink),
            (KnownStrings.SlimProperties.TemplatesDirectory, TemplatesDirectory),
            (KnownStrings.SlimProperties.Compose, Compose),
            (KnownStrings.SlimProperties.Symbols, Symbols),
        ];
        var result = facts;
        foreach (var (name, value) in properties.Where(p => p.Value.Length > 0))
        {
            result = result.WithProperty(name, value);
        }

        return BuildArgs.Count > 0 ? result.WithItems(KnownStrings.Items.SlimDockerfileBuildArg, BuildArgs) : result;
    }
}
