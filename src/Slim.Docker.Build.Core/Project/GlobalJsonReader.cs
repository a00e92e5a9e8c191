using System.Text.Json;
using NuGet.Versioning;

namespace Slim.Docker.Build.Project;

/// <summary>
/// Reads global.json. The dotnet host read the same file before MSBuild started, so a broken one has failed the build
/// already: anything unreadable here is taken as "no requirement" rather than reported twice.
/// </summary>
public static class GlobalJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static GlobalJson? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("sdk", out var sdk)
                || sdk.ValueKind != JsonValueKind.Object)
            {
                return new GlobalJson(path, null, "");
            }

            var version = String(sdk, "version") is { } text && NuGetVersion.TryParse(text.Trim(), out var parsed) ? parsed : null;
            return new GlobalJson(path, version, String(sdk, "rollForward")?.Trim() ?? "");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
