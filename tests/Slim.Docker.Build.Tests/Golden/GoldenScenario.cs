using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests.Golden;

/// <summary>
/// One row of the golden-file matrix: a repository laid out in a temporary folder (with a <c>.git</c> folder at its
/// root, like a real checkout) and the request that generates its Dockerfile. The generated files are compared byte
/// for byte with the ones committed under <c>Golden/&lt;name&gt;/</c>.
/// </summary>
public sealed record GoldenScenario(string Name, string Description, Func<GoldenRepository, GenerationRequest> Arrange)
{
    public override string ToString() => Name;
}

/// <summary>A temporary repository for a scenario, with helpers that write the files real repositories have.</summary>
public sealed class GoldenRepository : IDisposable
{
    /// <summary>Fixed, so that the header's tool version does not change the golden files with every release.</summary>
    public const string ToolVersion = "1.0.0";

    private readonly TempDirectory _temp = new("sdb-golden");

    public GoldenRepository()
    {
        Directory.CreateDirectory(_temp[".git"]);
    }

    public string Root => _temp.Path;

    public string this[string relative] => _temp[relative];

    public string Write(string relative, string content = "<Project />") => _temp.Write(relative, content);

    /// <summary>A request for <paramref name="facts"/> with the shipped templates and the fixed tool version.</summary>
    public static GenerationRequest Request(ProjectFacts facts, GenerationOptions? options = null) => new()
    {
        Project = (options ?? new GenerationOptions()).ApplyTo(WithSdkDefaults(facts)),
        ToolVersion = ToolVersion,
        ShippedTemplatesDirectory = Generated.ShippedTemplates,
    };

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// What the SDK's evaluation gives every project (Microsoft.NET.DefaultAssemblyInfo.targets, NuGet's pack targets),
    /// and its self-contained inference (Microsoft.NET.RuntimeIdentifierInference.targets): on .NET 8+, PublishTrimmed,
    /// PublishSingleFile or PublishAot with neither SelfContained nor PublishSelfContained set makes PublishSelfContained
    /// true, which publishing copies into SelfContained; SelfContained is false otherwise.
    /// </summary>
    private static ProjectFacts WithSdkDefaults(ProjectFacts facts)
    {
        facts = facts
            .WithProperty("Authors", facts.Property("Authors") is { Length: > 0 } authors ? authors : facts.AssemblyName)
            .WithProperty("PackageVersion", facts.Property("PackageVersion") is { Length: > 0 } version ? version : "1.0.0");
        if (facts.SelfContained.Length == 0 && facts.PublishSelfContained.Length == 0 && ImpliesSelfContained(facts))
        {
            facts = facts with { PublishSelfContained = "true" };
        }

        return facts with
        {
            SelfContained = facts.PublishSelfContained is "true" or "false" ? facts.PublishSelfContained : facts.SelfContained is { Length: > 0 } given ? given : "false",
        };
    }

    private static bool ImpliesSelfContained(ProjectFacts facts) =>
        facts.TargetFrameworkIdentifier == ".NETCoreApp"
        && Version.TryParse(facts.TargetFrameworkVersion.TrimStart('v'), out var version) && version.Major >= 8
        && (facts.PublishTrimmed == "true" || facts.PublishSingleFile == "true" || facts.PublishAot == "true");
}
