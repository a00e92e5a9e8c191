using System.Text.Json;

namespace Slim.Docker.Build.FrontEnds;

/// <summary>The few fields of a package.json the generator reads; null fields when absent, or when the file is not JSON.</summary>
public sealed record PackageJson(string? EnginesNode, string? VoltaNode, string? PackageManager)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The file's fields, or null when it does not exist. A file that is not JSON reads as empty: npm reports it better.</summary>
    public static PackageJson? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), Options);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? new PackageJson(null, null, null)
                : new PackageJson(Field(root, "engines", "node"), Field(root, "volta", "node"), Text(root, "packageManager"));
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return new PackageJson(null, null, null);
        }
    }

    private static string? Field(JsonElement root, string section, string name) =>
        root.TryGetProperty(section, out var parent) && parent.ValueKind == JsonValueKind.Object ? Text(parent, name) : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;
}
