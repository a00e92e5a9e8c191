namespace Slim.Docker.Build.Context;

/// <summary>
/// Paths from the project (properties, items, the restore output) made absolute without exceptions: a value that is no
/// path at all (a NUL character) must become a coded error, not "failed unexpectedly".
/// </summary>
public static class SafePath
{
    /// <summary>The absolute form of <paramref name="path"/> against <paramref name="baseDirectory"/>, or null when it cannot be a path.</summary>
    public static string? Full(string path, string baseDirectory)
    {
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(path, baseDirectory);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
