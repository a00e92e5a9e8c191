namespace Slim.Docker.Build.Model;

/// <summary>The <c>debug</c> stage: the same app on a full image with a shell and the .NET diagnostic tools.</summary>
public sealed record DebugStageModel
{
    /// <summary>The full aspnet or runtime image of the app's version (<c>aspnet:10.0-noble</c>).</summary>
    public required string Image { get; init; }

    /// <summary>The global tools installed into <see cref="ToolsPath"/>: dotnet-counters, dotnet-dump, dotnet-trace.</summary>
    public required string[] Tools { get; init; }

    public required string ToolsPath { get; init; }

    /// <summary>ContainerUser, else <c>$APP_UID</c>: full images define the non-root user but do not switch to it.</summary>
    public required string User { get; init; }

    /// <summary>Where the symbol files kept out of the final image land: the working directory (empty when none were moved).</summary>
    public required string SymbolsDestination { get; init; }

    /// <summary>What the debug stage is for.</summary>
    public required Explanation[] Why { get; init; }
}
