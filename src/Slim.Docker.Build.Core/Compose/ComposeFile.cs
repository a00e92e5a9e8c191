using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Compose;

/// <summary>
/// The services of a build context's compose.yaml: read from the data lines of the file as it is, with this app's
/// service added or replaced, sorted by name so that the file does not depend on which app wrote it last.
/// </summary>
public static partial class ComposeFile
{
    public const string FileName = "compose.yaml";

    // Readable in review: only what JSON must escape (quotes, '\\', control characters) is escaped.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The comment that carries a service's data, above its block.</summary>
    public const string DataPrefix = "# slim-docker-build-service: ";

    [GeneratedRegex(@"^[ \t]*# slim-docker-build-service: (?<json>.*)$", RegexOptions.Multiline)]
    private static partial Regex DataLine();

    /// <summary>The services of <paramref name="existing"/> (null: no file), with <paramref name="service"/> in its place.</summary>
    public static IReadOnlyList<ComposeService> Merge(string? existing, ComposeService service) =>
        [.. Read(existing).Where(s => s.Name != service.Name && s.Dockerfile != service.Dockerfile).Append(service).OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The data line of a service: one line of JSON (JSON escapes every line break).</summary>
    public static string Data(ComposeService service) => DataPrefix + JsonSerializer.Serialize(service, Readable);

    private static IEnumerable<ComposeService> Read(string? existing)
    {
        if (existing is null)
        {
            yield break;
        }

        foreach (Match match in DataLine().Matches(existing.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            ComposeService? service;
            try
            {
                service = JsonSerializer.Deserialize<ComposeService>(match.Groups["json"].Value);
            }
            catch (JsonException)
            {
                // A data line someone edited into something else: that service is written again by its own app.
                continue;
            }

            if (service is { Name: not null, Dockerfile: not null, Image: not null, Ports: not null, Environment: not null, HealthCheck: not null, HealthCheckWhy: not null })
            {
                yield return service;
            }
        }
    }

    /// <summary>
    /// Host ports for every service, in name order: the container's own port, or the next free one above it when an
    /// earlier service took it, so that 'docker compose up' never binds one host port twice.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> HostPorts(IReadOnlyList<ComposeService> services)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            var mappings = new List<string>();
            foreach (var spec in service.Ports)
            {
                var slash = spec.IndexOf('/', StringComparison.Ordinal);
                var protocol = slash < 0 ? "tcp" : spec[(slash + 1)..];
                if (!int.TryParse(slash < 0 ? spec : spec[..slash], out var port))
                {
                    continue;
                }

                var host = port;
                while (host < 65535 && !taken.Add($"{host}/{protocol}"))
                {
                    host++;
                }

                mappings.Add($"{host}:{spec}");
            }

            result[service.Name] = mappings;
        }

        return result;
    }
}
