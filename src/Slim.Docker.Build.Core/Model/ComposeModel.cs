namespace Slim.Docker.Build.Model;

/// <summary>What the compose.yaml template renders: every generated app of the build context.</summary>
public sealed record ComposeModel
{
    public required ToolModel Tool { get; init; }

    /// <summary>The services, sorted by name.</summary>
    public required ComposeServiceModel[] Services { get; init; }
}
