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

    /// <summary>Whether a file is one NuGet reads as configuration: nuget.config, NuGet.config or NuGet.Config, so any case.</summary>
    public static bool IsNuGetConfig(string fileName) => fileName.Equals("nuget.config", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings files that apply to the given projects, as absolute paths, searched up to <paramref name="boundary"/> (the repository).</summary>
    public static IReadOnlyCollection<string> FindSettingsFiles(IEnumerable<string> projectPaths, string boundary)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var projectPath in projectPaths)
        {
            var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;

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
    /// Local folder feeds that the given nuget.config files name with a path (a feed checked into the repository, or
    /// one that <c>dotnet pack</c> writes): restore in the container reads them, so they belong in the restore layer.
    /// </summary>
    public static IReadOnlyList<LocalFeed> FindLocalFeeds(IEnumerable<string> nugetConfigPaths)
    {
        var feeds = new List<LocalFeed>();
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

            foreach (var source in document.Root?.Element("packageSources")?.Elements("add") ?? [])
            {
                var value = (string?)source.Attribute("value");
                if (value is null || value.Contains("://", StringComparison.Ordinal) || value.Contains('%', StringComparison.Ordinal) || value.Trim().Length == 0)
                {
                    continue;
                }

                var folder = Path.GetFullPath(value.Replace('\\', Path.DirectorySeparatorChar), Path.GetDirectoryName(config)!);
                if (Directory.Exists(folder))
                {
                    feeds.Add(new LocalFeed(Path.TrimEndingDirectorySeparator(folder), config, (string?)source.Attribute("key") ?? "", value));
                }
            }
        }

        return [.. feeds.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.ConfigPath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every nuget.config inside <paramref name="directory"/>, except under folders a build context never holds
    /// (bin, obj, .git, node_modules); symbolic links to folders are not followed, so a loop cannot hold the walk.
    /// </summary>
    public static IReadOnlyList<string> FindNuGetConfigsUnder(string directory)
    {
        var found = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(directory)]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                found.AddRange(current.EnumerateFiles().Where(f => IsNuGetConfig(f.Name)).Select(f => f.FullName));
                foreach (var child in current.EnumerateDirectories())
                {
                    if (child.LinkTarget is null && !NotInAContext.Contains(child.Name))
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder has no nuget.config restore could read either.
            }
        }

        return [.. found.Order(StringComparer.Ordinal)];
    }

    private static readonly HashSet<string> NotInAContext = new(StringComparer.Ordinal) { "bin", "obj", ".git", "node_modules" };

    /// <summary>The global.json the dotnet host reads for a project in <paramref name="projectDirectory"/>, up to the repository root.</summary>
    public static string? FindGlobalJson(string projectDirectory, string boundary) => FindNearest(projectDirectory, "global.json", boundary);

    /// <summary>A lock file next to the project makes restore reproducible; restore reads it, so the layer needs it.</summary>
    public static string? FindLockFile(string projectPath)
    {
        var candidate = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(projectPath))!, "packages.lock.json");
        return File.Exists(candidate) ? candidate : null;
    }

    private static void AddNearestWithChain(SortedSet<string> found, string start, string name, string boundary)
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

    private static void AddNuGetConfigs(SortedSet<string> found, string start, string boundary)
    {
        // NuGet merges every nuget.config from the project folder up; a <clear /> makes the ones above irrelevant.
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            foreach (var file in current.EnumerateFiles().Where(f => IsNuGetConfig(f.Name)))
            {
                found.Add(file.FullName);
                if (SafeRead(file.FullName).Contains("<clear", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            if (PathUtilities.SameDirectory(current.FullName, boundary))
            {
                return;
            }
        }
    }

    private static string? FindNearest(string start, string name, string boundary)
    {
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (PathUtilities.SameDirectory(current.FullName, boundary))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsAbove(string directory, string boundary) => !PathUtilities.IsUnder(directory, boundary);

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
