namespace Slim.Docker.Build.Model;

/// <summary>A LABEL: its value, or, when <c>Arg</c> is not empty, the build argument that holds it (<c>key="${ARG}"</c>).</summary>
public sealed record LabelModel(string Name, string Value, string Arg);
