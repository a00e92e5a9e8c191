namespace Slim.Docker.Build.Output;

public sealed record WriteResult(WriteOutcome Outcome, string Path, string? AlternativePath = null);
