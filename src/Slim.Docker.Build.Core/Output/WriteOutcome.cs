namespace Slim.Docker.Build.Output;

public enum WriteOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>The existing file belongs to the user; the new content went to <see cref="WriteResult.AlternativePath"/>.</summary>
    KeptUserFile,

    /// <summary>The existing file belonged to the user and was replaced because they asked for it.</summary>
    OverwroteUserFile,

    Failed,
}
