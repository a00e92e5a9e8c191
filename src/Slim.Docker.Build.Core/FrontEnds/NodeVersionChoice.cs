namespace Slim.Docker.Build.FrontEnds;

/// <summary>The Node.js major of the build stage, what asked for it, and what was wrong with the request (warning SDB1078).</summary>
/// <param name="Major">The node image's major version.</param>
/// <param name="Request">The request it follows, or null for the default.</param>
/// <param name="Problem">Why the request could not be followed exactly, or null.</param>
public sealed record NodeVersionChoice(int Major, NodeVersionRequest? Request, string? Problem);
