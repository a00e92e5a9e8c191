namespace Slim.Docker.Build.Context;

/// <summary>Path arithmetic for the build context. Docker paths always use forward slashes.</summary>
public static class PathUtilities
{
    /// <summary>The deepest folder that contains every given path (files or folders), or null when none does.</summary>
    public static string? CommonDirectory(IEnumerable<string> directories)
    {
        string? common = null;
        foreach (var directory in directories)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
            if (common is null)
            {
                common = full;
                continue;
            }

            while (!IsUnder(full, common))
            {
                var parent = Path.GetDirectoryName(common);
                if (parent is null)
                {
                    return Path.GetPathRoot(full);
                }

                common = parent;
            }
        }

        return common;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or inside it.</summary>
    public static bool IsUnder(string path, string directory)
    {
        var relative = Path.GetRelativePath(directory, path);
        var escapes = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return !escapes && !Path.IsPathRooted(relative);
    }

    /// <summary>Relative path with forward slashes; empty for the folder itself.</summary>
    public static string RelativeDockerPath(string fromDirectory, string path)
    {
        // Only the platform's separator becomes '/': on Linux and macOS '\\' is an ordinary character of a
        // file name ("a\\b" is one folder), which a blanket replace would turn into two.
        var relative = Path.GetRelativePath(fromDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
        return relative == "." ? "" : relative;
    }
}
