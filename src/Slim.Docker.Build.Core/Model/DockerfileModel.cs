namespace Slim.Docker.Build.Model;

// The variables templates see. Scriban exposes them in snake_case (Restore.ProjectPath -> restore.project_path);
// docs/templates.md documents each one. Arrays rather than lists: Scriban's array functions expect them.

/// <summary>Everything a Dockerfile template renders.</summary>
public sealed record DockerfileModel
{
    public required ToolModel Tool { get; init; }

    public required HeaderModel Header { get; init; }

    public required AppModel App { get; init; }

    public required ContextModel Context { get; init; }

    public required BuildStageModel Build { get; init; }

    public required RestoreModel Restore { get; init; }

    public required PublishModel Publish { get; init; }

    public required FinalStageModel Final { get; init; }

    public required DebugStageModel Debug { get; init; }

    /// <summary>Node.js in the build stage for the JavaScript front end publish builds; null when it builds none.</summary>
    public NodeModel? Node { get; init; }

    /// <summary>A standalone Blazor WebAssembly app served by a web server; null for every other app.</summary>
    public StaticSiteModel? Site { get; init; }

    /// <summary>The image the header's commands name: the first of <see cref="ImageTags"/>, e.g. <c>webapi</c>.</summary>
    public required string ImageName { get; init; }

    /// <summary>Every <c>-t</c> of the header's docker build: <c>[registry/]repository[:tag]</c>, one per ContainerImageTags tag.</summary>
    public required string[] ImageTags { get; init; }

    /// <summary>Arguments after <c>dotnet build &lt;project&gt; -t:GenerateSlimDockerfile</c> that reproduce this file.</summary>
    public required string[] RegenerateArguments { get; init; }

    /// <summary>SlimDockerfileRegistryMirror, or empty: the host that stands in for Microsoft's registry in every FROM.</summary>
    public required string RegistryMirror { get; init; }
}
