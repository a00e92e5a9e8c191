namespace Slim.Docker.Build.Needs;

/// <summary>The outcome of reading one file: <see cref="Info"/>, or <see cref="Error"/> saying why not.</summary>
public sealed record ElfReadResult(ElfDynamicInfo? Info, string? Error)
{
    public bool Succeeded => Info is not null;
}
