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

    /// <summary>True when the two paths name the same folder, a trailing separator or not.</summary>
    public static bool SameDirectory(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or inside it.</summary>
    public static bool IsUnder(string path, string directory)
    {
        var relative = Path.GetRelativePath(directory, path);
        var escapes = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return !escapes && !Path.IsPathRooted(relative);
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link along it followed, as the engine would find the files behind
    /// it; a link that leads nowhere, or a loop, leaves the rest of the path as it is.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var remaining = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        for (var hops = 0; remaining.Count > 0;)
        {
            var next = Path.Combine(current, remaining.Dequeue());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && ++hops <= 40)
            {
                // Continue from the target: it may be relative and hold links itself.
                var resolved = Path.GetFullPath(target, current);
                var rest = remaining.ToArray();
                remaining = new Queue<string>(resolved[Path.GetPathRoot(resolved)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved)!;
                continue;
            }

            current = next;
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="directory"/> both as written and with its links followed.</summary>
    public static bool IsReallyUnder(string path, string directory) =>
        IsUnder(path, directory) && IsUnder(RealPath(path), RealPath(directory));

    /// <summary>Relative path with forward slashes; empty for the folder itself.</summary>
    public static string RelativeDockerPath(string fromDirectory, string path)
    {
        // Only the platform's separator becomes '/': on Linux and macOS '\\' is an ordinary character of a
        // file name ("a\\b" is one folder), which a blanket replace would turn into two.
        var relative = Path.GetRelativePath(fromDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
        return relative == "." ? "" : relative;
    }
}
