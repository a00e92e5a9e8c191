namespace Slim.Docker.Build.Needs;

/// <summary>An OS library <paramref name="PackageId"/> loads only if the app uses <paramref name="Feature"/>, which the project did not opt in to.</summary>
public sealed record ConditionalNeed(string Library, string PackageId, OsFeature Feature);
