using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.Reporting;

/// <summary>What the size report after publish needs to know of the plan: the base, the layers, the symbols left out, the what-ifs.</summary>
public sealed record SizeReportPlan
{
    /// <summary>The final stage's image, as the Dockerfile names it.</summary>
    public required string FinalImage { get; init; }

    /// <summary>Its compressed size, or null when unknown (see <see cref="BaseSizeUnknown"/>).</summary>
    public required ImageSize? BaseSize { get; init; }

    /// <summary>Why the base's size is unknown; empty when it is known.</summary>
    public required string BaseSizeUnknown { get; init; }

    /// <summary>Packages and app in two layers; false: one layer, for <see cref="OneLayer"/>.</summary>
    public required bool Split { get; init; }

    /// <summary>Why one layer (<c>Native AOT</c>, <c>single file</c>, <c>composite ReadyToRun</c>); empty when split.</summary>
    public required string OneLayer { get; init; }

    /// <summary>File name patterns of the symbol files the final image leaves out (the debug stage has them).</summary>
    public required IReadOnlyList<string> SymbolPatterns { get; init; }

    public required IReadOnlyList<WhatIf> WhatIfs { get; init; }
}
