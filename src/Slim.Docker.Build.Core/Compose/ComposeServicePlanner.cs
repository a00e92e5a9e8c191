using Slim.Docker.Build.Images;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Compose;

/// <summary>Decides this app's compose service: name, ports, and a health check only where the image can run one.</summary>
public static class ComposeServicePlanner
{
    public static ComposeService Plan(string imageName, string dockerfile, ImageSelection images, ContainerSettings container)
    {
        var tcp = container.Ports.FirstOrDefault(p => p.Protocol == ContainerPort.Tcp);
        var (check, why) = HealthCheck(images.Final, tcp);
        return new ComposeService(
            imageName.Replace('/', '-'),
            dockerfile,
            imageName,
            [.. container.Ports.Select(p => p.Spec)],
            [.. container.EnvironmentVariables.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))],
            check,
            why);
    }

    /// <summary>
    /// A health check needs a program in the image that can probe the app. Distroless images have none; full Debian,
    /// Ubuntu and Azure Linux images have bash, whose /dev/tcp opens a connection to the app's port without curl.
    /// </summary>
    private static (IReadOnlyList<string> Check, string Why) HealthCheck(ImageFacts image, ContainerPort? port)
    {
        if (port is null)
        {
            return ([], "No health check: the app listens on no TCP port to probe.");
        }

        if (image.Distroless || image.PackageManager == PackageManager.None)
        {
            return ([], "No health check: the image has no shell or tools to run one (distroless); let the orchestrator probe the port.");
        }

        if (image.Musl || !image.IsMicrosoft)
        {
            return ([], "No health check: the image is not known to have bash, which the check uses; add one by hand if it does.");
        }

        return (
            ["CMD", "bash", "-c", $"exec 3<>/dev/tcp/127.0.0.1/{port.Number}"],
            $"Health check: a TCP connection to port {port.Number} through bash's /dev/tcp (the image has no curl).");
    }
}
