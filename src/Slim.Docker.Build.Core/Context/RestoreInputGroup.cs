namespace Slim.Docker.Build.Context;

/// <summary>A group of restore inputs that live in one folder of the build context: one COPY instruction.</summary>
public sealed record RestoreInputGroup(string Directory, IReadOnlyList<string> Files)
{
    /// <summary>The COPY destination: the folder relative to the context, with a trailing slash.</summary>
    public string Destination => Directory.Length == 0 ? "./" : Directory + "/";
}
