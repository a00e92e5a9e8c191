namespace Slim.Docker.Build.Context;

/// <summary>
/// The repository a project lives in: the build context never reaches above it, and settings files are searched up
/// to it. It is the nearest folder holding <c>.git</c>; else the top-most folder holding a solution, global.json or
/// Directory.Build.props; else the project's own folder. Never the file system root: a context of <c>/</c> would send
/// the whole machine to the engine.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>Files whose folder marks a repository without git (a source archive, a copy).</summary>
    public static IReadOnlyList<string> MarkerPatterns { get; } = ["*.sln", "*.slnx", "global.json", "Directory.Build.props"];

    public static string Find(string projectDirectory)
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
            if (MarkerPatterns.Any(pattern => HasFile(current, pattern)))
            {
                topMost = current.FullName;
            }
        }

        return topMost ?? start.FullName;
    }

    public static bool IsFileSystemRoot(string directory) =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))) is null;

    private static bool IsFileSystemRoot(DirectoryInfo directory) => directory.Parent is null;

    private static bool HasFile(DirectoryInfo directory, string pattern)
    {
        try
        {
            return directory.EnumerateFiles(pattern).Any();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
