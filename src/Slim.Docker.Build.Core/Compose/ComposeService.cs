namespace Slim.Docker.Build.Compose;

/// <summary>
/// One app's service in the build context's compose.yaml, as data: it is stored as a JSON comment above the service's
/// block, so that each app rewrites its own service and keeps the others' without parsing YAML.
/// </summary>
/// <param name="Name">The service name (the image name, with '/' as '-').</param>
/// <param name="Dockerfile">The app's Dockerfile, relative to the build context (where compose.yaml lives).</param>
/// <param name="Image">The image the service builds and runs.</param>
/// <param name="Ports">Ports the container listens on (<c>8080</c>, <c>53/udp</c>); host ports are assigned over all services.</param>
/// <param name="Environment">ContainerEnvironmentVariable items, by name.</param>
/// <param name="HealthCheck">The exec-form health test, or empty when the image cannot run one.</param>
/// <param name="HealthCheckWhy">Why there is (or is not) a health check, for the comment.</param>
public sealed record ComposeService(
    string Name,
    string Dockerfile,
    string Image,
    IReadOnlyList<string> Ports,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    IReadOnlyList<string> HealthCheck,
    string HealthCheckWhy);
