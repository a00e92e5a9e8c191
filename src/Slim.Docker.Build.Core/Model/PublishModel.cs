namespace Slim.Docker.Build.Model;

public sealed record PublishModel
{
    public required string Configuration { get; init; }

    /// <summary>The target framework to pass with <c>-f</c>, or empty when the project has only one.</summary>
    public required string Framework { get; init; }

    /// <summary>The folder publish writes to in the build stage: the app layer's files (<c>/app</c>).</summary>
    public required string Output { get; init; }

    /// <summary>MSBuild arguments of publish alone: <c>-p:SlimDockerfilePackagesLayerDir=/layers/packages</c> when the output is split.</summary>
    public required string[] Properties { get; init; }

    /// <summary>Where the package's target moves the package files (<c>/layers/packages</c>); empty for one layer.</summary>
    public required string PackagesDirectory { get; init; }

    /// <summary>The build-stage trees of the app layer and the packages layer (empty for one layer), whose file times are fixed.</summary>
    public required string AppRoot { get; init; }

    public required string PackagesRoot { get; init; }

    /// <summary>Symbol file patterns (<c>*.dbg</c>, <c>*.pdb</c>) moved to <see cref="SymbolsDirectory"/>, which only the debug stage copies.</summary>
    public required string[] SymbolPatterns { get; init; }

    /// <summary><c>/symbols</c>, or empty when no symbol file is moved.</summary>
    public required string SymbolsDirectory { get; init; }

    /// <summary>Why publish runs after copying the sources, without restoring.</summary>
    public required Explanation[] Why { get; init; }

    /// <summary>Why the output is sorted into two folders (nothing for one layer).</summary>
    public required Explanation[] LayersWhy { get; init; }

    /// <summary>Which symbol files leave the final image, and why.</summary>
    public required Explanation[] SymbolsWhy { get; init; }

    /// <summary>Why the file times are fixed, and to what.</summary>
    public required Explanation[] TimestampsWhy { get; init; }
}
