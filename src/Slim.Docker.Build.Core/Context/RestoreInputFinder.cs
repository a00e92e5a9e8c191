using System.Xml;
using System.Xml.Linq;

namespace Slim.Docker.Build.Context;

/// <summary>
/// Finds the files outside the project files that restore and evaluation read, the way MSBuild, NuGet and
/// the dotnet host look for them: walking up from each project's folder.
/// </summary>
public static class RestoreInputFinder
{
    // MSBuild imports the nearest of each of these automatically.
    private static readonly string[] NearestImports =
    [
        "Directory.Build.props",
        "Directory.Build.targets",
        "Directory.Packages.props",
        "Directory.Build.rsp",
    ];

    /// <summary>Settings files that apply to the given projects, as absolute paths.</summary>
    public static IReadOnlyCollection<string> FindSettingsFiles(IEnumerable<string> projectPaths)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var projectPath in projectPaths)
        {
            var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
            var boundary = FindRepositoryRoot(projectDirectory);

            foreach (var name in NearestImports)
            {
                AddNearestWithChain(found, projectDirectory, name, boundary);
            }

            AddNuGetConfigs(found, projectDirectory, boundary);

            var globalJson = FindNearest(projectDirectory, "global.json", boundary);
            if (globalJson is not null)
            {
                found.Add(globalJson);
            }
        }

        return found;
    }

    /// <summary>
    /// Local folder feeds that the given nuget.config files name with a path (a feed checked into the
    /// repository): restore in the container reads them, so they belong in the restore layer.
    /// </summary>
    public static IReadOnlyCollection<string> FindLocalFeeds(IEnumerable<string> nugetConfigPaths)
    {
        var feeds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var config in nugetConfigPaths)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(config);
            }
            catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
            {
                continue; // restore reports a broken nuget.config far better than we could
            }

            var sources = document.Root?.Element("packageSources")?.Elements("add") ?? [];
            foreach (var value in sources.Select(s => (string?)s.Attribute("value")).OfType<string>())
            {
                if (value.Contains("://", StringComparison.Ordinal) || value.Contains('%', StringComparison.Ordinal) || value.Trim().Length == 0)
                {
                    continue;
                }

                var folder = Path.GetFullPath(value.Replace('\\', Path.DirectorySeparatorChar), Path.GetDirectoryName(config)!);
                if (Directory.Exists(folder))
                {
                    feeds.Add(Path.TrimEndingDirectorySeparator(folder));
                }
            }
        }

        return feeds;
    }

    /// <summary>A lock file next to the project makes restore reproducible; restore reads it, so the layer needs it.</summary>
    public static string? FindLockFile(string projectPath)
    {
        var candidate = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(projectPath))!, "packages.lock.json");
        return File.Exists(candidate) ? candidate : null;
    }

    /// <summary>
    /// The folder that holds <c>.git</c> above <paramref name="directory"/>: settings files are searched up to
    /// there, so that files outside the repository never widen the build context. Null outside a repository.
    /// </summary>
    public static string? FindRepositoryRoot(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }

    private static void AddNearestWithChain(SortedSet<string> found, string start, string name, string? boundary)
    {
        var next = FindNearest(start, name, boundary);
        while (next is not null)
        {
            found.Add(next);

            // A file that imports "the next one up" (the documented GetPathOfFileAbove pattern) needs that one too.
            var text = SafeRead(next);
            if (!text.Contains("GetPathOfFileAbove", StringComparison.Ordinal)
                && !text.Contains("GetDirectoryNameOfFileAbove", StringComparison.Ordinal))
            {
                break;
            }

            var parent = Path.GetDirectoryName(Path.GetDirectoryName(next)!);
            next = parent is null || IsAbove(parent, boundary) ? null : FindNearest(parent, name, boundary);
        }
    }

    private static void AddNuGetConfigs(SortedSet<string> found, string start, string? boundary)
    {
        // NuGet merges every nuget.config from the project folder up; a <clear /> makes the ones above irrelevant.
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            foreach (var file in current.EnumerateFiles().Where(f => f.Name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(file.FullName);
                if (SafeRead(file.FullName).Contains("<clear", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            if (boundary is not null && PathEquals(current.FullName, boundary))
            {
                return;
            }
        }
    }

    private static string? FindNearest(string start, string name, string? boundary)
    {
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (boundary is not null && PathEquals(current.FullName, boundary))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsAbove(string directory, string? boundary) =>
        boundary is not null && !PathUtilities.IsUnder(directory, boundary);

    private static bool PathEquals(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
