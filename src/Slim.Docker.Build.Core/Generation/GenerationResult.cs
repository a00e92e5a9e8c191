using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Output;

namespace Slim.Docker.Build.Generation;

public sealed record GenerationResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<WriteResult> Files,
    DockerfileModel? Model)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
