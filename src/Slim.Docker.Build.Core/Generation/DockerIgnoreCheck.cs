namespace Slim.Docker.Build.Generation;

/// <summary>
/// Whether a .dockerignore keeps the host's bin/ and obj/ out of the context. Without that, <c>COPY . .</c>
/// overwrites the restored obj/project.assets.json with the host's and publish fails (NETSDK1047).
/// </summary>
public static class DockerIgnoreCheck
{
    public static bool ExcludesBuildOutput(string dockerIgnoreText)
    {
        var patterns = dockerIgnoreText
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.TrimEnd('/'))
            .ToList();

        return Excludes(patterns, "bin") && Excludes(patterns, "obj");
    }

    private static bool Excludes(List<string> patterns, string folder) =>
        patterns.Contains("**/" + folder, StringComparer.Ordinal)
        || patterns.Contains("**/" + folder + "/**", StringComparer.Ordinal)
        || patterns.Contains("*", StringComparer.Ordinal)
        || patterns.Contains("**", StringComparer.Ordinal);
}
