namespace Slim.Docker.Build.Rendering;

/// <summary>A template's text and where it came from, for error locations.</summary>
public sealed record TemplateSource(string Name, string Path, string Text);
