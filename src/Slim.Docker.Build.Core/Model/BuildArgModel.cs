namespace Slim.Docker.Build.Model;

/// <summary>A build stage <c>ARG</c>; <c>HasValue</c> false renders <c>ARG NAME</c> without a default.</summary>
public sealed record BuildArgModel(string Name, string Value, bool HasValue);
