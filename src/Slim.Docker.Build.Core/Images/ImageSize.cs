namespace Slim.Docker.Build.Images;

/// <summary>
/// The compressed size of an image as a registry stores it (what a pull downloads), in MB of 10^6 bytes, and whether
/// it is a number Microsoft published or an estimate.
/// </summary>
public sealed record ImageSize(double Megabytes, bool Approximate);
