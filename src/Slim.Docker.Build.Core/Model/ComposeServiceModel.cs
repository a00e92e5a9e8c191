namespace Slim.Docker.Build.Model;

/// <summary>One app's service in compose.yaml.</summary>
public sealed record ComposeServiceModel
{
    public required string Name { get; init; }

    /// <summary>The comment line that carries the service as data, for the next app that merges the file.</summary>
    public required string Data { get; init; }

    /// <summary>The Dockerfile, relative to the build context (compose.yaml's folder).</summary>
    public required string Dockerfile { get; init; }

    public required string Image { get; init; }

    /// <summary><c>host:container[/udp]</c>, host ports unique over all services.</summary>
    public required string[] Ports { get; init; }

    public required NameValueModel[] Environment { get; init; }

    /// <summary>The exec-form health test; empty when the image cannot run one.</summary>
    public required string[] HealthCheck { get; init; }

    public required string HealthCheckWhy { get; init; }
}
