namespace Slim.Docker.Build.Reporting;

/// <summary>
/// Compressed sizes of Microsoft's .NET base images, for the size report. The 10.0 aspnet and runtime-deps chiseled
/// numbers are the ones Microsoft published (Nov 2025, with a small sample app in them); the others are rough
/// estimates from the layers they add, marked approximate. Good for comparing bases, not for quoting.
/// </summary>
public static class BaseImageSizes
{
    // (repository, variant) -> MB for .NET 10; .NET 8/9 full images are Debian 12 and a few MB smaller.
    private static readonly Dictionary<(string Repository, string Variant), ImageSize> Net10 = new()
    {
        [("aspnet", "full")] = new(92.5, false),
        [("aspnet", "chiseled")] = new(52.8, false),
        [("aspnet", "chiseled-extra")] = new(67.7, false),
        [("aspnet", "alpine")] = new(50, true),
        [("aspnet", "alpine-extra")] = new(65, true),
        [("runtime", "full")] = new(80, true),
        [("runtime", "chiseled")] = new(40, true),
        [("runtime", "chiseled-extra")] = new(55, true),
        [("runtime", "alpine")] = new(38, true),
        [("runtime", "alpine-extra")] = new(53, true),
        [("runtime-deps", "full")] = new(45, true),
        [("runtime-deps", "chiseled")] = new(6, true),
        [("runtime-deps", "chiseled-extra")] = new(21, true),
        [("runtime-deps", "alpine")] = new(5, true),
        [("runtime-deps", "alpine-extra")] = new(20, true),
    };

    /// <summary>The size of the image <c>repository:tag</c> (e.g. <c>aspnet</c>, <c>10.0-noble-chiseled-extra</c>), or null when not known.</summary>
    public static ImageSize? Find(string repository, string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        var version = dash < 0 ? tag : tag[..dash];
        var variant = dash < 0 ? "" : tag[(dash + 1)..];
        var kind = variant.Contains("alpine", StringComparison.Ordinal) ? "alpine"
            : variant.Contains("chiseled", StringComparison.Ordinal) || variant.Contains("distroless", StringComparison.Ordinal) ? "chiseled"
            : "full";
        if (kind != "full" && variant.EndsWith("-extra", StringComparison.Ordinal))
        {
            kind += "-extra";
        }

        if (!Net10.TryGetValue((repository, kind), out var size))
        {
            return null;
        }

        return version == "10.0" ? size
            : kind == "full" ? new ImageSize(size.Megabytes - 4, true)
            : size with { Approximate = true };
    }
}
