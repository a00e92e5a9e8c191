namespace Slim.Docker.Build.Model;

public sealed record PublishModel
{
    public required string Configuration { get; init; }

    /// <summary>The target framework to pass with <c>-f</c>, or empty when the project has only one.</summary>
    public required string Framework { get; init; }

    /// <summary>The folder publish writes to in the build stage.</summary>
    public required string Output { get; init; }

    /// <summary>Why publish runs after copying the sources, without restoring.</summary>
    public required Explanation[] Why { get; init; }
}
