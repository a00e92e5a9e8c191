using System.Globalization;

namespace Slim.Docker.Build.Settings;

/// <summary>A port the image exposes: <c>EXPOSE 8080</c> or <c>EXPOSE 53/udp</c>.</summary>
public sealed record ContainerPort(int Number, string Protocol)
{
    public const string Tcp = "tcp";
    public const string Udp = "udp";

    /// <summary>As EXPOSE and <c>docker run -p</c> write it: tcp is Docker's default and is left out.</summary>
    public string Spec => Protocol == Tcp ? Number.ToString(CultureInfo.InvariantCulture) : $"{Number}/{Protocol}";
}
