namespace Slim.Docker.Build.Planning;

/// <summary>A container image reference: <c>registry/repository:tag</c>.</summary>
public sealed record ImageReference(string Registry, string Repository, string Tag)
{
    public const string MicrosoftRegistry = "mcr.microsoft.com";

    public static ImageReference DotNet(string repository, string tag) =>
        new(MicrosoftRegistry, "dotnet/" + repository, tag);

    /// <summary>The last path segment of the repository: <c>aspnet</c>, <c>runtime-deps</c>, ...</summary>
    public string ShortName => Repository[(Repository.LastIndexOf('/') + 1)..];

    public override string ToString() => $"{Registry}/{Repository}:{Tag}";
}
