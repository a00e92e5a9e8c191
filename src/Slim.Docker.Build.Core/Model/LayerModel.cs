namespace Slim.Docker.Build.Model;

/// <summary>One COPY of the publish output into the final and debug stages: <c>packages</c> or <c>app</c>.</summary>
public sealed record LayerModel(string Name, string Source, string Destination);
