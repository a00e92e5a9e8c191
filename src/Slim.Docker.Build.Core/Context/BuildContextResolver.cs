using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Context;

/// <summary>
/// Lays out the build context: its root, the Dockerfile's place, and the restore layer's files. A computed context is
/// the smallest folder that holds the project, its reference closure and its restore inputs, and never reaches above
/// the repository (<see cref="RepositoryRoot"/>): an input outside it is an error, not a context of the whole disk.
/// </summary>
public static class BuildContextResolver
{
    public const string DefaultDockerfileName = "Dockerfile";

    // Folders the generated .dockerignore excludes everywhere (**/bin/, **/obj/) and where dotnet pack writes.
    private static readonly string[] IgnoredFolders = ["bin", "obj"];

    /// <param name="facts">The project.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    /// <param name="restoredProjects">The reference closure restore walked (absolute paths), besides the direct references.</param>
    /// <param name="otherFolders">Other folders the build needs (front ends that publish builds), absolute.</param>
    public static BuildContextLayout? Resolve(ProjectFacts facts, DiagnosticBag diagnostics, IEnumerable<string>? restoredProjects = null, IEnumerable<string>? otherFolders = null)
    {
        var projectPath = Path.GetFullPath(facts.ProjectPath);
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var repository = RepositoryRoot.Find(projectDirectory);
        var projects = ReadProjects(projectPath, [.. facts.ProjectReferences, .. restoredProjects ?? []], diagnostics);
        var outputPath = ReadPath(facts, KnownStrings.SlimProperties.OutputPath, diagnostics);
        var context = ReadPath(facts, KnownStrings.SlimProperties.Context, diagnostics);
        if (projects is null || outputPath is null || context is null)
        {
            return null;
        }

        var explicitContext = context.Length > 0 ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(context, projectDirectory)) : null;

        // Settings are searched only inside the repository, whatever a reference outside it says.
        var settings = RestoreInputFinder.FindSettingsFiles(projects.Where(p => PathUtilities.IsUnder(p, repository)), repository);
        var projectFiles = projects
            .Concat(projects.Select(RestoreInputFinder.FindLockFile).OfType<string>())
            .ToList();
        var feeds = RestoreInputFinder.FindLocalFeeds(settings.Where(p => RestoreInputFinder.IsNuGetConfig(Path.GetFileName(p))));
        var folders = (otherFolders ?? []).ToList();
        var allInputs = settings.Concat(projectFiles).Concat(feeds.Select(f => f.Path)).Concat(folders).ToList();

        // A folder (written with a trailing separator, or one that exists) gets a Dockerfile of the default name.
        var dockerfilePath = outputPath.Length == 0 ? Path.Combine(projectDirectory, DefaultDockerfileName)
            : outputPath.EndsWith('/') || outputPath.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(Path.GetFullPath(outputPath, projectDirectory))
                ? Path.Combine(Path.GetFullPath(outputPath, projectDirectory), DefaultDockerfileName)
                : Path.GetFullPath(outputPath, projectDirectory);

        string contextDirectory;
        if (explicitContext is not null)
        {
            contextDirectory = explicitContext;
            if (!CheckExplicitContext(facts, contextDirectory, allInputs, diagnostics))
            {
                return null;
            }
        }
        else
        {
            if (!CheckInsideRepository(repository, projectPath, projects, feeds, folders, diagnostics))
            {
                return null;
            }

            contextDirectory = PathUtilities.CommonDirectory(
                settings.Concat(projectFiles).Select(p => Path.GetDirectoryName(p)!).Concat(feeds.Select(f => f.Path)).Concat(folders))!;
        }

        // Nothing is written outside the repository (or the context the project chose): a stray '../../..' would.
        if (!PathUtilities.IsReallyUnder(dockerfilePath, repository) && !PathUtilities.IsReallyUnder(dockerfilePath, contextDirectory))
        {
            diagnostics.Error(
                DiagnosticCodes.OutputOutsideRepository,
                $"SlimDockerfileOutputPath '{outputPath}' puts the Dockerfile at '{dockerfilePath}', outside the repository '{repository}' " +
                "(or a symbolic link leads there), and Slim.Docker.Build writes nothing outside it. Choose a path inside the repository, " +
                "or set SlimDockerfileContext to a folder that contains the Dockerfile's folder.");
            return null;
        }

        var settingsRelative = settings.Select(p => PathUtilities.RelativeDockerPath(contextDirectory, p)).ToList();
        var projectsRelative = projectFiles.Select(p => PathUtilities.RelativeDockerPath(contextDirectory, p)).ToList();

        // A feed folder is copied whole: COPY of a folder copies its content into the destination.
        var feedsRelative = feeds.Select(f => PathUtilities.RelativeDockerPath(contextDirectory, f.Path)).Distinct(StringComparer.Ordinal).ToList();
        var feedGroups = feedsRelative.Select(f => new RestoreInputGroup(f, [f.Length == 0 ? "." : f]));

        var layout = new BuildContextLayout
        {
            ContextDirectory = contextDirectory,
            DockerfilePath = dockerfilePath,
            ProjectPath = PathUtilities.RelativeDockerPath(contextDirectory, projectPath),
            RestoreInputs = Group(settingsRelative).Concat(feedGroups).Concat(Group(projectsRelative)).ToList(),
            RepositoryDirectory = repository,
            Reasons = explicitContext is not null
                ? PathUtilities.SameDirectory(contextDirectory, projectDirectory) ? [] : ["It is the folder SlimDockerfileContext names."]
                : Reasons(contextDirectory, projectDirectory, settings, projects.Where(p => p != projectPath), feeds),
            IncludedFeeds = IncludedFeeds(contextDirectory),
        };

        var unwritable = layout.RestoreInputs.SelectMany(g => g.Files).Where(p => p.Any(IsUnwritable)).ToList();
        if (unwritable.Count > 0)
        {
            diagnostics.Error(
                DiagnosticCodes.UnwritablePath,
                $"The restore layer must copy {string.Join(", ", unwritable.Select(p => $"'{ValueRules.Visible(p)}'"))}, but COPY reads '*', '?' and '[' as wildcards " +
                "(a folder named '[Old]' would match nothing, and nothing would be copied), and a line break or other control character " +
                "cannot be written in a Dockerfile. Rename the folder or file.");
            return null;
        }

        return layout;
    }

    /// <summary>The project and every project of its reference closure, which must exist: the restore layer copies them.</summary>
    private static SortedSet<string>? ReadProjects(string projectPath, IEnumerable<string> references, DiagnosticBag diagnostics)
    {
        var projects = new SortedSet<string>(StringComparer.Ordinal) { projectPath };
        var missing = new List<string>();
        foreach (var reference in references)
        {
            if (SafePath.Full(reference, Path.GetDirectoryName(projectPath)!) is { } full && File.Exists(full))
            {
                projects.Add(full);
            }
            else
            {
                missing.Add(ValueRules.Visible(reference));
            }
        }

        if (missing.Count == 0)
        {
            return projects;
        }

        diagnostics.Error(
            DiagnosticCodes.ProjectReferenceMissing,
            $"The project references {string.Join(", ", missing.Select(m => $"'{m}'"))}, which {(missing.Count == 1 ? "does" : "do")} not exist, but the " +
            "restore layer must copy every project of the reference closure. Fix or remove the ProjectReference, then run 'dotnet restore' " +
            "(a stale obj/project.assets.json can name a project that was moved).");
        return null;
    }

    /// <summary>A path-valued property, trimmed; empty when unset; null (with SDB1046) when it cannot be a path.</summary>
    private static string? ReadPath(ProjectFacts facts, string property, DiagnosticBag diagnostics)
    {
        var value = facts.Property(property).Trim();
        if (value.Length == 0 || SafePath.Full(value, facts.ProjectDirectory) is not null)
        {
            return value;
        }

        diagnostics.Error(
            DiagnosticCodes.InvalidPath,
            $"{property} is '{ValueRules.Visible(value)}', which is not a path (it holds a NUL or another character no file name can have). Fix it, or remove it for the default.");
        return null;
    }

    private static bool CheckExplicitContext(ProjectFacts facts, string contextDirectory, List<string> allInputs, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contextDirectory))
        {
            diagnostics.Error(
                DiagnosticCodes.ContextDirectoryMissing,
                $"SlimDockerfileContext is '{facts.Property(KnownStrings.SlimProperties.Context)}', but the folder '{contextDirectory}' does not exist. " +
                "Set it to the folder that holds the project and everything its build needs, or remove it to let it be computed.");
            return false;
        }

        if (RepositoryRoot.IsFileSystemRoot(contextDirectory))
        {
            diagnostics.Error(
                DiagnosticCodes.ContextIsFileSystemRoot,
                $"SlimDockerfileContext is '{facts.Property(KnownStrings.SlimProperties.Context)}', the file system root: 'docker build' would send the whole " +
                "machine to the engine, and the .dockerignore would be written at '/'. Choose the repository's folder, or remove the property.");
            return false;
        }

        var outside = allInputs.Where(p => !PathUtilities.IsUnder(p, contextDirectory)).ToList();
        if (outside.Count > 0)
        {
            diagnostics.Error(
                DiagnosticCodes.ContextDoesNotContainProject,
                $"SlimDockerfileContext '{contextDirectory}' does not contain {string.Join(", ", outside.Select(p => $"'{p}'"))}, " +
                "which the build in the container needs. Choose a folder that contains them, or remove the property.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Every project of the closure, every local feed and every front end must be inside the repository: the context is
    /// never wider. One error per input, naming it and the fix.
    /// </summary>
    private static bool CheckInsideRepository(string repository, string projectPath, IEnumerable<string> projects, IEnumerable<LocalFeed> feeds, IEnumerable<string> frontEnds, DiagnosticBag diagnostics)
    {
        var checkpoint = diagnostics.Checkpoint();
        // Links count as what they lead to: the engine would send a link to a folder outside, not the folder.
        foreach (var project in projects.Where(p => p != projectPath && !PathUtilities.IsReallyUnder(p, repository)))
        {
            diagnostics.Error(
                DiagnosticCodes.RestoreInputOutsideRepository,
                $"The project reference '{ValueRules.Visible(project)}' (of the reference closure restore walked) is outside the repository '{repository}' " +
                "(or a symbolic link leads there), " +
                "and the build context never reaches above the repository: the container could not build it. Move the project into the repository, " +
                "or set SlimDockerfileContext to a folder that contains both (every file in it is sent to the engine).");
        }

        foreach (var feed in feeds.Where(f => !PathUtilities.IsReallyUnder(f.Path, repository)))
        {
            diagnostics.Error(
                DiagnosticCodes.RestoreInputOutsideRepository,
                $"The local package feed '{ValueRules.Visible(feed.Key)}' of '{feed.ConfigPath}' is the folder '{ValueRules.Visible(feed.Path)}', outside the repository " +
                $"'{repository}' (or a symbolic link leads there), and the build context never reaches above the repository: restore in the container would not find it. Move the feed " +
                "into the repository and name it by a path relative to the nuget.config (e.g. build/packages), or set SlimDockerfileContext to a folder " +
                "that contains it.",
                feed.ConfigPath);
        }

        foreach (var frontEnd in frontEnds.Where(f => !PathUtilities.IsReallyUnder(f, repository)))
        {
            diagnostics.Error(
                DiagnosticCodes.RestoreInputOutsideRepository,
                $"Publish builds a JavaScript front end in '{ValueRules.Visible(frontEnd)}' (SpaRoot, an .esproj reference or an Exec's WorkingDirectory names it), " +
                $"outside the repository '{repository}' (or a symbolic link leads there), and the build context never reaches above the repository: the " +
                "container could not build it. Move the front end into the repository, or set SlimDockerfileContext to a folder that contains both.");
        }

        return !checkpoint.HasNewErrors;
    }

    /// <summary>The header's lines on why the context is wider than the project's folder: what outside that folder restore reads.</summary>
    private static List<string> Reasons(string contextDirectory, string projectDirectory, IEnumerable<string> settings, IEnumerable<string> references, IEnumerable<LocalFeed> feeds)
    {
        if (PathUtilities.SameDirectory(contextDirectory, projectDirectory))
        {
            return [];
        }

        string Relative(string path) => PathUtilities.RelativeDockerPath(contextDirectory, path) is { Length: > 0 } relative ? relative : ".";
        bool Outside(string path) => !PathUtilities.IsUnder(path, projectDirectory);

        var lines = new List<string> { "It is wider than the project's folder because restore also reads:" };
        var outsideSettings = settings.Where(Outside).Select(Relative).ToList();
        if (outsideSettings.Count > 0)
        {
            lines.Add($"  {string.Join(", ", outsideSettings)} (settings that apply to the project)");
        }

        var outsideReferences = references.Where(Outside).Select(Relative).ToList();
        if (outsideReferences.Count > 0)
        {
            lines.Add($"  {string.Join(", ", outsideReferences)} (project references)");
        }

        foreach (var feed in feeds.Where(f => Outside(f.Path)).DistinctBy(f => f.Path))
        {
            lines.Add($"  {Relative(feed.Path)} (local package feed of {Relative(feed.ConfigPath)})");
        }

        return lines.Count > 1 ? lines : [];
    }

    /// <summary>
    /// Feeds inside the context, named by any nuget.config in it, that sit in a bin/ or obj/ folder the .dockerignore
    /// excludes: each gets a '!' rule. Taken from every nuget.config of the context rather than the app's own, so that
    /// apps sharing the context write the same .dockerignore.
    /// </summary>
    private static List<string> IncludedFeeds(string contextDirectory) =>
        RestoreInputFinder.FindLocalFeeds(RestoreInputFinder.FindNuGetConfigsUnder(contextDirectory))
            .Where(f => PathUtilities.IsUnder(f.Path, contextDirectory))
            .Select(f => PathUtilities.RelativeDockerPath(contextDirectory, f.Path))
            .Where(f => f.Split('/').Any(segment => IgnoredFolders.Contains(segment, StringComparer.Ordinal)))
            .Where(IsWritableIgnoreRule)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    // A .dockerignore line is a pattern with '\' as its escape and blanks trimmed: a path that would read differently is left out.
    private static bool IsWritableIgnoreRule(string path) =>
        path.Length > 0 && path.Trim() == path && !path.Any(c => IsUnwritable(c) || c == '\\');

    // COPY treats a source with '*', '?' or '[' as a wildcard pattern, in JSON form too, and copies nothing
    // when it matches nothing; such paths are refused rather than left to the builder's pattern escaping.
    // Control characters cannot be written on a Dockerfile line at all.
    internal static bool IsUnwritable(char c) => char.IsControl(c) || c is '*' or '?' or '[';

    private static IEnumerable<RestoreInputGroup> Group(IEnumerable<string> relativePaths) =>
        relativePaths
            .GroupBy(DirectoryOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RestoreInputGroup(g.Key, g.OrderBy(f => f, StringComparer.Ordinal).ToList()));

    private static string DirectoryOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath[..slash];
    }
}
