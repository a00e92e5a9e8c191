namespace Slim.Docker.Build.Images;

/// <summary>Who chose the final stage's image, so the Dockerfile can explain it.</summary>
public enum FinalImageSource
{
    /// <summary><see cref="BaseImagePolicy"/>: the smallest image that runs the app.</summary>
    Policy,

    /// <summary>The project's ContainerFamily.</summary>
    Family,

    /// <summary>The project's ContainerBaseImage, used as given.</summary>
    BaseImage,
}
