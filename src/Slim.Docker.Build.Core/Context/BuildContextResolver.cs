using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Context;

/// <summary>Lays out the build context: its root, the Dockerfile's place, and the restore layer's files.</summary>
public static class BuildContextResolver
{
    public const string DefaultDockerfileName = "Dockerfile";

    /// <param name="facts">The project.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    /// <param name="restoredProjects">The reference closure restore walked (absolute paths), besides the direct references.</param>
    /// <param name="otherFolders">Other folders the build needs (front ends that publish builds), absolute.</param>
    public static BuildContextLayout? Resolve(ProjectFacts facts, DiagnosticBag diagnostics, IEnumerable<string>? restoredProjects = null, IEnumerable<string>? otherFolders = null)
    {
        var projectPath = Path.GetFullPath(facts.ProjectPath);
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var projects = new SortedSet<string>(StringComparer.Ordinal) { projectPath };
        projects.UnionWith(facts.ProjectReferences);
        projects.UnionWith(restoredProjects ?? []);
        var outputPath = facts.Property(KnownStrings.SlimProperties.OutputPath).Trim();
        var context = facts.Property(KnownStrings.SlimProperties.Context).Trim();

        var settings = RestoreInputFinder.FindSettingsFiles(projects);
        var projectFiles = projects
            .Concat(projects.Select(RestoreInputFinder.FindLockFile).OfType<string>())
            .ToList();
        var feeds = RestoreInputFinder.FindLocalFeeds(settings.Where(IsNuGetConfig));
        var folders = (otherFolders ?? []).ToList();
        var allInputs = settings.Concat(projectFiles).Concat(feeds).Concat(folders).ToList();

        var dockerfilePath = outputPath.Length > 0
            ? Path.GetFullPath(outputPath, projectDirectory)
            : Path.Combine(projectDirectory, DefaultDockerfileName);

        string contextDirectory;
        if (context.Length > 0)
        {
            contextDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(context, projectDirectory));
            if (!Directory.Exists(contextDirectory))
            {
                diagnostics.Error(
                    DiagnosticCodes.ContextDirectoryMissing,
                    $"SlimDockerfileContext is '{facts.Property(KnownStrings.SlimProperties.Context)}', but the folder '{contextDirectory}' does not exist. " +
                    "Set it to the folder that holds the project and everything its build needs, or remove it to let it be computed.");
                return null;
            }

            var outside = allInputs.Where(p => !PathUtilities.IsUnder(p, contextDirectory)).ToList();
            if (outside.Count > 0)
            {
                diagnostics.Error(
                    DiagnosticCodes.ContextDoesNotContainProject,
                    $"SlimDockerfileContext '{contextDirectory}' does not contain {string.Join(", ", outside.Select(p => $"'{p}'"))}, " +
                    "which the build in the container needs. Choose a folder that contains them, or remove the property.");
                return null;
            }
        }
        else
        {
            contextDirectory = PathUtilities.CommonDirectory(
                settings.Concat(projectFiles).Select(p => Path.GetDirectoryName(p)!).Concat(feeds).Concat(folders))!;
        }

        var settingsRelative = settings.Select(p => PathUtilities.RelativeDockerPath(contextDirectory, p));
        var projectsRelative = projectFiles.Select(p => PathUtilities.RelativeDockerPath(contextDirectory, p));

        // A feed folder is copied whole: COPY of a folder copies its content into the destination.
        var feedGroups = feeds
            .Select(f => PathUtilities.RelativeDockerPath(contextDirectory, f))
            .Select(f => new RestoreInputGroup(f, [f.Length == 0 ? "." : f]));

        var layout = new BuildContextLayout
        {
            ContextDirectory = contextDirectory,
            DockerfilePath = dockerfilePath,
            ProjectPath = PathUtilities.RelativeDockerPath(contextDirectory, projectPath),
            RestoreInputs = Group(settingsRelative).Concat(feedGroups).Concat(Group(projectsRelative)).ToList(),
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

    // COPY treats a source with '*', '?' or '[' as a wildcard pattern, in JSON form too, and copies nothing
    // when it matches nothing; such paths are refused rather than left to the builder's pattern escaping.
    // Control characters cannot be written on a Dockerfile line at all.
    internal static bool IsUnwritable(char c) => char.IsControl(c) || c is '*' or '?' or '[';

    private static bool IsNuGetConfig(string path) =>
        Path.GetFileName(path).Equals("nuget.config", StringComparison.OrdinalIgnoreCase);

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
