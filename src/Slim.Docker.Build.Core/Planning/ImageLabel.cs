namespace Slim.Docker.Build.Planning;

/// <summary>One label of the final image: a value, or a build argument of the final stage that holds it (<paramref name="Arg"/>).</summary>
public sealed record ImageLabel(string Name, string Value, string? Arg = null, bool FromProject = false);
