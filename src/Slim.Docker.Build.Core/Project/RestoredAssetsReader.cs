using System.Text.Json;

namespace Slim.Docker.Build.Project;

/// <summary>
/// Reads obj/project.assets.json. Generation runs before publish (and <c>dotnet build -t:GenerateSlimDockerfile</c>
/// never publishes), so the restore output, not the publish folder, says which native libraries the app ships.
/// </summary>
public static class RestoredAssetsReader
{
    /// <summary>
    /// The assets of <c>targetFramework/rid</c> when the project has a RID; else the portable <c>linux-*</c> assets of
    /// <c>architecture</c>, with <c>linux-musl-*</c> first for a musl image, as NuGet's RID graph prefers them.
    /// </summary>
    public static RestoredAssets? Read(string assetsFilePath, string targetFramework, string? rid, string architecture, bool musl, out string? error)
    {
        error = null;
        try
        {
            using var stream = File.OpenRead(assetsFilePath);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var folders = PackageFolders(root);
            var paths = LibraryPaths(root);
            if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
            {
                return new RestoredAssets([], []);
            }

            var ridTarget = rid is null ? null : Target(targets, $"{targetFramework}/{rid}");
            var target = ridTarget ?? Target(targets, targetFramework) ?? SinglePortableTarget(targets);
            if (target is not { } libraries)
            {
                return new RestoredAssets([], []);
            }

            string[] rids = musl ? [$"linux-musl-{architecture}", $"linux-{architecture}", "linux"] : [$"linux-{architecture}", "linux"];
            var packages = new List<string>();
            var natives = new List<NativeAsset>();
            foreach (var library in libraries.EnumerateObject())
            {
                if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package")
                {
                    continue;
                }

                var (id, version) = SplitName(library.Name);
                packages.Add(id);
                var assets = ridTarget is not null ? ResolvedNatives(library.Value) : PortableNatives(library.Value, rids);
                foreach (var asset in assets.Where(IsSharedLibrary))
                {
                    natives.Add(new NativeAsset(id, version, asset, Locate(folders, paths.GetValueOrDefault(library.Name), asset)));
                }
            }

            return new RestoredAssets(packages, natives);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            error = exception.Message;
            return null;
        }
    }

    private static JsonElement? Target(JsonElement targets, string name) =>
        targets.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    // Older assets files key targets by the full framework name (.NETCoreApp,Version=v10.0): take the only portable one.
    private static JsonElement? SinglePortableTarget(JsonElement targets)
    {
        var portable = targets.EnumerateObject().Where(t => !t.Name.Contains('/', StringComparison.Ordinal)).ToList();
        return portable.Count == 1 ? portable[0].Value : null;
    }

    /// <summary>A RID-specific target already holds what restore chose for that RID in <c>native</c>.</summary>
    private static List<string> ResolvedNatives(JsonElement library) =>
        library.TryGetProperty("native", out var native) && native.ValueKind == JsonValueKind.Object
            ? native.EnumerateObject().Select(p => p.Name).ToList()
            : [];

    /// <summary>
    /// A portable target lists every RID's assets under <c>runtimeTargets</c>. The host picks the most specific RID
    /// that has any, per package, so that is what the image ships.
    /// </summary>
    private static List<string> PortableNatives(JsonElement library, string[] rids)
    {
        if (!library.TryGetProperty("runtimeTargets", out var runtimeTargets) || runtimeTargets.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var byRid = runtimeTargets.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Object
                && p.Value.TryGetProperty("assetType", out var kind) && kind.GetString() == "native"
                && p.Value.TryGetProperty("rid", out _))
            .GroupBy(p => p.Value.GetProperty("rid").GetString() ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Name).ToList(), StringComparer.Ordinal);
        foreach (var rid in rids)
        {
            if (byRid.TryGetValue(rid, out var assets))
            {
                return assets;
            }
        }

        return [];
    }

    private static bool IsSharedLibrary(string asset)
    {
        var name = Path.GetFileName(asset);
        return name.EndsWith(".so", StringComparison.Ordinal) || name.Contains(".so.", StringComparison.Ordinal);
    }

    private static string? Locate(List<string> folders, string? libraryPath, string asset)
    {
        if (libraryPath is null)
        {
            return null;
        }

        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, libraryPath, asset.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static List<string> PackageFolders(JsonElement root) =>
        root.TryGetProperty("packageFolders", out var folders) && folders.ValueKind == JsonValueKind.Object
            ? folders.EnumerateObject().Select(f => f.Name).ToList()
            : [];

    private static Dictionary<string, string> LibraryPaths(JsonElement root)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("libraries", out var libraries) && libraries.ValueKind == JsonValueKind.Object)
        {
            foreach (var library in libraries.EnumerateObject())
            {
                if (library.Value.ValueKind == JsonValueKind.Object
                    && library.Value.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String)
                {
                    result[library.Name] = path.GetString()!;
                }
            }
        }

        return result;
    }

    private static (string Id, string Version) SplitName(string name)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (name, "") : (name[..slash], name[(slash + 1)..]);
    }
}
