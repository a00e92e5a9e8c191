namespace Slim.Docker.Build.Images;

/// <summary>
/// A container image reference: <c>[registry/]repository[:tag][@digest]</c>. An empty registry means the engine's
/// default one; an empty tag with a digest means the digest alone names the image.
/// </summary>
public sealed record ImageReference(string Registry, string Repository, string Tag, string Digest = "")
{
    public const string MicrosoftRegistry = "mcr.microsoft.com";

    public static ImageReference DotNet(string repository, string tag) =>
        new(MicrosoftRegistry, "dotnet/" + repository, tag);

    /// <summary>The last path segment of the repository: <c>aspnet</c>, <c>runtime-deps</c>, ...</summary>
    public string ShortName => Repository[(Repository.LastIndexOf('/') + 1)..];

    /// <summary>One of Microsoft's .NET images (<c>dotnet/sdk</c>, <c>dotnet/aspnet</c>, ...) on Microsoft's registry.</summary>
    public bool IsMicrosoftDotNet =>
        Registry.Equals(MicrosoftRegistry, StringComparison.OrdinalIgnoreCase) && Repository.StartsWith("dotnet/", StringComparison.Ordinal);

    public override string ToString() =>
        (Registry.Length > 0 ? Registry + "/" : "") + Repository + (Tag.Length > 0 ? ":" + Tag : "") + (Digest.Length > 0 ? "@" + Digest : "");
}
