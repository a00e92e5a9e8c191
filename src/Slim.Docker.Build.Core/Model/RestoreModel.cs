namespace Slim.Docker.Build.Model;

public sealed record RestoreModel
{
    public required RestoreInputModel[] Inputs { get; init; }

    /// <summary>MSBuild arguments for restore and publish alike (<c>-p:Name=Value</c>).</summary>
    public required string[] Properties { get; init; }

    /// <summary>
    /// SlimDockerfileNuGetConfigSecret: the id of the BuildKit secret that restore reads as its only nuget.config
    /// (mounted at <c>/run/secrets/&lt;id&gt;</c>), or empty when restore reads the nuget.config files of the context.
    /// Named Nuget, not NuGet, so that Scriban calls it <c>nuget_config_secret</c>.
    /// </summary>
    public required string NugetConfigSecret { get; init; }

    /// <summary>Why restore happens the way it does: a restore layer, or a cache mount.</summary>
    public required Explanation[] Why { get; init; }

    /// <summary>Why restore reads its nuget.config from a BuildKit secret.</summary>
    public required Explanation[] SecretWhy { get; init; }
}
