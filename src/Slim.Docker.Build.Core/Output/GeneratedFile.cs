namespace Slim.Docker.Build.Output;

/// <summary>One file a generation produces.</summary>
/// <param name="Path">Absolute path of the file.</param>
/// <param name="Content">The generated content, LF line endings, without the checksum line.</param>
public sealed record GeneratedFile(string Path, string Content);
