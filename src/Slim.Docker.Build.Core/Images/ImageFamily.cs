namespace Slim.Docker.Build.Images;

/// <summary>
/// A <c>ContainerFamily</c>: a distribution, optionally <c>-composite</c> (ASP.NET Core compiled with the
/// runtime; aspnet only) and <c>-extra</c> (ICU and time zone data added to a distroless or Alpine image).
/// </summary>
public sealed record ImageFamily(ImageDistribution Distribution, bool Composite, bool Extra)
{
    public string Name => Distribution.Name + (Composite ? "-composite" : "") + (Extra ? "-extra" : "");

    public bool Distroless => Distribution.Distroless;

    public bool Musl => Distribution.Musl;

    /// <summary>Full images carry ICU and tzdata; distroless and Alpine ones only in their -extra variants.</summary>
    public bool HasGlobalizationData => Extra || (!Distribution.Distroless && !Distribution.Musl);

    public PackageManager PackageManager => Distribution.Distroless ? PackageManager.None : Distribution.PackageManager;

    public override string ToString() => Name;
}
