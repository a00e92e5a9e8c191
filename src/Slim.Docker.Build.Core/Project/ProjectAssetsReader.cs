using System.Text.Json;

namespace Slim.Docker.Build.Project;

/// <summary>
/// Reads the project reference closure from NuGet's restore output (obj/project.assets.json): it lists every
/// project restore walked, transitive ones included, which is exactly what the restore layer must contain.
/// </summary>
public static class ProjectAssetsReader
{
    /// <summary>Absolute paths of the projects in the closure, or null when the file cannot be read.</summary>
    public static IReadOnlyList<string>? ReadProjectReferences(string assetsFilePath, string projectDirectory, out string? error)
    {
        error = null;
        try
        {
            using var stream = File.OpenRead(assetsFilePath);
            using var document = JsonDocument.Parse(stream);
            var result = new List<string>();
            if (document.RootElement.TryGetProperty("libraries", out var libraries) && libraries.ValueKind == JsonValueKind.Object)
            {
                foreach (var library in libraries.EnumerateObject())
                {
                    if (library.Value.TryGetProperty("type", out var type) && type.GetString() == "project"
                        && TryGetPath(library.Value, out var relative))
                    {
                        result.Add(Path.GetFullPath(relative.Replace('\\', Path.DirectorySeparatorChar), projectDirectory));
                    }
                }
            }

            return result;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            error = exception.Message;
            return null;
        }
    }

    private static bool TryGetPath(JsonElement library, out string path)
    {
        foreach (var name in new[] { "msbuildProject", "path" })
        {
            if (library.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                path = text;
                return true;
            }
        }

        path = "";
        return false;
    }
}
