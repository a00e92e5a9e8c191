namespace Slim.Docker.Build.Project;

/// <summary>A Linux runtime identifier that Microsoft's images exist for, split into its parts.</summary>
public sealed record RuntimeIdentifierInfo(string Rid, CLibrary Libc, string Architecture)
{
    /// <summary>The Docker platform (<c>--platform</c>) that runs this RID.</summary>
    public string DockerPlatform => Architecture switch
    {
        "x64" => "linux/amd64",
        "arm64" => "linux/arm64",
        "arm" => "linux/arm/v7",
        _ => throw new InvalidOperationException($"Unknown architecture {Architecture}."),
    };

    public bool IsMusl => Libc == CLibrary.Musl;
}
