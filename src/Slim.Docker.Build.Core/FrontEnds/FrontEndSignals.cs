namespace Slim.Docker.Build.FrontEnds;

/// <summary>What says that publish builds a JavaScript front end, where it is, and which tools its commands run.</summary>
/// <param name="Reasons">What was found, in words for the Dockerfile's comment (<c>SpaRoot ClientApp/</c>, ...).</param>
/// <param name="Folders">The front ends' folders, absolute, sorted.</param>
/// <param name="Tools">The tools the publish-time commands run (<c>npm</c>, <c>node</c>, <c>yarn</c>, ...), sorted.</param>
public sealed record FrontEndSignals(IReadOnlyList<string> Reasons, IReadOnlyList<string> Folders, IReadOnlyList<string> Tools)
{
    public static readonly FrontEndSignals None = new([], [], []);

    public bool Found => Reasons.Count > 0;
}
