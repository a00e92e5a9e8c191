using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Generation;

/// <summary>Everything one generation needs: the project as MSBuild evaluated it, and this package's own facts.</summary>
public sealed record GenerationRequest
{
    public required ProjectFacts Project { get; init; }

    /// <summary>The templates shipped in the package.</summary>
    public required string ShippedTemplatesDirectory { get; init; }

    /// <summary>This package's version, written into the header.</summary>
    public string ToolVersion { get; init; } = "";
}
