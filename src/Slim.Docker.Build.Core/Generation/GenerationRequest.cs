using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Generation;

/// <summary>Everything one generation needs: the project, the user's options, and where the templates are.</summary>
public sealed record GenerationRequest
{
    public required ProjectFacts Project { get; init; }

    public required GenerationOptions Options { get; init; }

    /// <summary>The templates shipped in the package.</summary>
    public required string ShippedTemplatesDirectory { get; init; }

    /// <summary>The user's override folder, or empty.</summary>
    public string TemplatesOverrideDirectory { get; init; } = "";
}
