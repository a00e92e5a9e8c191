using System.Text.Json;

namespace Slim.Docker.Build.Project;

/// <summary>
/// Reads obj/project.assets.json into <see cref="ProjectAssets"/>. The file is NuGet's, and a damaged or foreign one
/// must never stop generation with an exception: any JSON shape that is not what NuGet writes is an error message,
/// and parts of an unexpected shape are skipped.
/// </summary>
public static class ProjectAssetsReader
{
    /// <summary>The restore output, or null with <paramref name="error"/> when the file cannot be read as one.</summary>
    public static ProjectAssets? Read(string path, out string? error)
    {
        error = null;
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"the file holds a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not the object restore writes";
                return null;
            }

            foreach (var section in (string[])["targets", "libraries", "packageFolders"])
            {
                if (root.TryGetProperty(section, out var value) && value.ValueKind != JsonValueKind.Object)
                {
                    error = $"its '{section}' is a JSON {value.ValueKind.ToString().ToLowerInvariant()}, not the object restore writes";
                    return null;
                }
            }

            var projects = new List<string>();
            var libraryPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var library in Properties(root, "libraries"))
            {
                var type = String(library.Value, "type");
                if (type == "project" && (String(library.Value, "msbuildProject") ?? String(library.Value, "path")) is { Length: > 0 } project)
                {
                    projects.Add(project);
                }
                else if (type == "package" && String(library.Value, "path") is { } packagePath)
                {
                    libraryPaths[library.Name] = packagePath;
                }
            }

            var targets = new Dictionary<string, IReadOnlyList<AssetsLibrary>>(StringComparer.Ordinal);
            foreach (var target in Properties(root, "targets"))
            {
                targets[target.Name] = Properties(target.Value).Select(ReadLibrary).ToList();
            }

            return new ProjectAssets(projects, targets, libraryPaths, Properties(root, "packageFolders").Select(f => f.Name).ToList());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            error = exception.Message;
            return null;
        }
    }

    private static AssetsLibrary ReadLibrary(JsonProperty library) =>
        new(
            library.Name,
            String(library.Value, "type") ?? "",
            Properties(library.Value, "native").Select(n => n.Name).ToList(),
            Properties(library.Value, "runtimeTargets")
                .Select(t => new AssetsRuntimeTarget(t.Name, String(t.Value, "assetType") ?? "", String(t.Value, "rid") ?? ""))
                .ToList());

    /// <summary>The properties of <paramref name="element"/>'s object <paramref name="name"/>; none when it is anything else.</summary>
    private static List<JsonProperty> Properties(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Properties(value) : [];

    private static List<JsonProperty> Properties(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? [.. element.EnumerateObject()] : [];

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
