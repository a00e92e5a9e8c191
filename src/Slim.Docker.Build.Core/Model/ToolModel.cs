namespace Slim.Docker.Build.Model;

public sealed record ToolModel(string Name, string Version);
