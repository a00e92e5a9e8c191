namespace Slim.Docker.Build.Output;

/// <summary>
/// Where a path really leads: every symbolic link in its folders and in its file name followed, as realpath(3)
/// does, but also for a file that does not exist yet. Writing to <see cref="Real"/> updates the file a link points
/// to; renaming over the requested path would replace the link itself with a regular file.
/// </summary>
/// <param name="Requested">The path as given.</param>
/// <param name="Real">The path with no symbolic link left in it (as far as it exists).</param>
/// <param name="IsLink">The requested file itself is a symbolic link (not only one of its folders).</param>
/// <param name="IsLoop">The links lead back to themselves, so the path leads to no file at all.</param>
internal sealed record ResolvedPath(string Requested, string Real, bool IsLink, bool IsLoop)
{
    // Linux gives up after 40 links (ELOOP, "too many levels of symbolic links"); so do we, rather than loop forever.
    private const int MaxLinks = 40;

    /// <summary>The requested file is a link whose chain ends at nothing.</summary>
    public bool IsDangling => IsLink && !IsLoop && !File.Exists(Real) && !Directory.Exists(Real);

    public static ResolvedPath Of(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is null)
        {
            return new ResolvedPath(path, full, IsLink: false, IsLoop: false);
        }

        var (realFolder, folderLoops) = Follow(folder);
        var candidate = Path.Join(realFolder, Path.GetFileName(full));
        if (folderLoops || new FileInfo(candidate).LinkTarget is null)
        {
            return new ResolvedPath(path, candidate, IsLink: false, folderLoops);
        }

        var (real, loops) = Follow(candidate);
        return new ResolvedPath(path, real, IsLink: true, loops);
    }

    /// <summary>Walks the path part by part, replacing each link by its target, so '..' after a link means the target's parent.</summary>
    private static (string Path, bool Loops) Follow(string path)
    {
        var current = Path.GetPathRoot(path)!;
        var pending = new Stack<string>();
        PushParts(pending, path[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return (next, true);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            PushParts(pending, target);
        }

        return (current, false);
    }

    /// <summary>Pushes the path's parts so that its first part is popped first.</summary>
    private static void PushParts(Stack<string> pending, string path)
    {
        var parts = path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
