namespace Slim.Docker.Build.Images;

/// <summary>How the final stage installs OS packages; <see cref="None"/> when the image has no package manager.</summary>
public enum PackageManager
{
    None,
    AptGet,
    Apk,
    Tdnf,
}
