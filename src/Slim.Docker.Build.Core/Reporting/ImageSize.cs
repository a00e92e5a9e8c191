namespace Slim.Docker.Build.Reporting;

/// <summary>A compressed (registry) size in MB, and whether it is a published number or our rough estimate.</summary>
public sealed record ImageSize(double Megabytes, bool Approximate);
