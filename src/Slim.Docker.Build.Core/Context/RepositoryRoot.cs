namespace Slim.Docker.Build.Context;

/// <summary>
/// The repository a project lives in: the build context never reaches above it, and settings files are searched up
/// to it. It is the nearest folder holding <c>.git</c>; else the top-most folder holding a solution, global.json or
/// Directory.Build.props; else the nearest folder holding a nuget.config (a scratch folder with a local feed: without
/// its nuget.config the container's restore would not find the feed), below the user's home folder (a nuget.config
/// there is the user's, not a repository's); else the project's own folder. Never the file system root: a
/// context of <c>/</c> would send the whole machine to the engine.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>Files whose folder marks a repository without git (a source archive, a copy).</summary>
    public static IReadOnlyList<string> MarkerPatterns { get; } = ["*.sln", "*.slnx", "global.json", "Directory.Build.props"];

    public static string Find(string projectDirectory) =>
        Find(projectDirectory, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>As <see cref="Find(string)"/>, with the user's home folder given (tests).</summary>
    internal static string Find(string projectDirectory, string home)
    {
        var start = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectDirectory)));
        for (var current = start; current is not null && !IsFileSystemRoot(current); current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        string? topMost = null;
        for (var current = start; current is not null && !IsFileSystemRoot(current); current = current.Parent)
        {
            if (MarkerPatterns.Any(pattern => HasFile(current, pattern, _ => true)))
            {
                topMost = current.FullName;
            }
        }

        return topMost ?? NearestNuGetConfigFolder(start, home) ?? start.FullName;
    }

    private static string? NearestNuGetConfigFolder(DirectoryInfo start, string home)
    {
        for (var current = start; current is not null && !IsFileSystemRoot(current); current = current.Parent)
        {
            // The home folder's nuget.config is the user's, and a folder above home is nobody's repository.
            if (PathUtilities.SameDirectory(current.FullName, home))
            {
                return null;
            }

            if (HasFile(current, "*", f => RestoreInputFinder.IsNuGetConfig(f.Name)))
            {
                return current.FullName;
            }
        }

        return null;
    }

    public static bool IsFileSystemRoot(string directory) =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))) is null;

    private static bool IsFileSystemRoot(DirectoryInfo directory) => directory.Parent is null;

    // An unreadable folder has no file anybody could read.
    private static bool HasFile(DirectoryInfo directory, string pattern, Func<FileInfo, bool> predicate)
    {
        try
        {
            return directory.EnumerateFiles(pattern).Any(predicate);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
