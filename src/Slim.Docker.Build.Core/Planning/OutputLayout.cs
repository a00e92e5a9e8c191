using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Planning;

/// <summary>
/// Where the build stage puts the publish output and how the final stage copies it: the folders of the layers, the
/// symbol files kept out of the final image, and the paths the timestamps are normalised under.
/// </summary>
public sealed record OutputLayout
{
    /// <summary>dotnet publish -o: the folder of the app layer's files in the build stage.</summary>
    public required string PublishOutput { get; init; }

    /// <summary>The folder the package's target moves package files to; empty for one layer.</summary>
    public required string PackagesDirectory { get; init; }

    /// <summary>The build-stage folders whose trees become the app layer and the packages layer (timestamps are set under them).</summary>
    public required string AppRoot { get; init; }

    public required string PackagesRoot { get; init; }

    /// <summary>The COPY instructions of the final (and debug) stage, in order: packages first.</summary>
    public required IReadOnlyList<(string Name, string Source, string Destination)> Layers { get; init; }

    public required OneLayerReason OneLayerReason { get; init; }

    /// <summary>File name patterns (<c>*.dbg</c>) moved from the publish output to <see cref="SymbolsDirectory"/>; empty for none.</summary>
    public required IReadOnlyList<string> SymbolPatterns { get; init; }

    /// <summary>Where the symbol files go in the build stage (only the debug stage copies it); empty when none move.</summary>
    public required string SymbolsDirectory { get; init; }

    /// <summary>Where the symbol files land in the debug stage: the working directory, next to the files they describe.</summary>
    public required string SymbolsDestination { get; init; }

    public required SymbolFiles Symbols { get; init; }

    public bool Split => OneLayerReason == OneLayerReason.None;
}
