using System.Text.RegularExpressions;
using Slim.Docker.Build.Context;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.FrontEnds;

/// <summary>
/// Finds the JavaScript front ends that <c>dotnet publish</c> builds, from the evaluated project: the SpaRoot property
/// (the SPA templates, SpaProxy), ProjectReference items to a JavaScript project (<c>.esproj</c>), and the Exec tasks
/// of the targets that run during publish whose command runs Node.js or a package manager.
/// </summary>
public static partial class FrontEndDetector
{
    /// <summary>The commands that need Node.js: the runtime, npm and the other package managers.</summary>
    [GeneratedRegex(@"(?<![\w./\\-])(npm|npx|yarn|yarnpkg|pnpm|pnpx|bun|bunx|node|corepack)(?![\w.-])")]
    private static partial Regex ToolWord();

    /// <summary>The target <c>dotnet publish</c> runs: everything it depends on or that hooks into them runs too.</summary>
    public const string PublishTarget = "Publish";

    // Folders no front end's own package.json lives in.
    private static readonly HashSet<string> NotFrontEndFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj", ".git", ".vs", "wwwroot" };

    /// <summary>
    /// Whether the project may build a JavaScript front end, from what costs little to check: SpaRoot, a referenced
    /// .esproj, or a package.json in the project's folder or below it (three levels), or in a folder on the way up to
    /// the repository's root (<see cref="RepositoryRoot"/>) or a folder just below one of them (a sibling
    /// <c>src/client</c> or <c>src/client/app</c>, a <c>frontend</c> at the root that Directory.Build.targets builds). Reading the targets
    /// (<see cref="ProjectFacts.Targets"/>) evaluates the project a second time, which a project without any of these is
    /// spared; a front end further away is found through SpaRoot.
    /// </summary>
    public static bool MayHaveFrontEnd(ProjectFacts facts)
    {
        if (facts.Property(KnownStrings.ProjectProperties.SpaRoot).Trim().Length > 0
            || facts.ItemsOf(KnownStrings.Items.ProjectReference).Any(r => r.Include.Trim().EndsWith(".esproj", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var project = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(facts.ProjectDirectory)));
        if (HasPackageJson(project, depth: 3))
        {
            return true;
        }

        // Up to the repository's root, and at least the parent: a sibling folder is the project's neighbour even
        // where no repository is marked.
        var root = RepositoryRoot.Find(project.FullName);
        for (DirectoryInfo? below = project, current = project.Parent; current is not null; below = current, current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "package.json"))
                || SafeDirectories(current).Any(child => child.FullName != below.FullName && HasPackageJson(child, depth: current == project.Parent ? 1 : 0)))
            {
                return true;
            }

            if (!IsInside(current.FullName, root) || string.Equals(current.FullName, root, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInside(string folder, string root) =>
        !Path.GetRelativePath(root, folder).StartsWith("..", StringComparison.Ordinal);

    private static bool HasPackageJson(DirectoryInfo folder, int depth) =>
        File.Exists(Path.Combine(folder.FullName, "package.json"))
        || (depth > 0 && SafeDirectories(folder).Any(child => HasPackageJson(child, depth - 1)));

    private static List<DirectoryInfo> SafeDirectories(DirectoryInfo folder)
    {
        try
        {
            return folder.EnumerateDirectories().Where(d => !NotFrontEndFolders.Contains(d.Name)).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return [];
        }
    }

    public static FrontEndSignals Detect(ProjectFacts facts)
    {
        List<string> reasons = [];
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var tools = new SortedSet<string>(StringComparer.Ordinal);

        var spaRoot = facts.Property(KnownStrings.ProjectProperties.SpaRoot).Trim();
        if (spaRoot.Length > 0 && Folder(facts, spaRoot) is { } spaFolder)
        {
            reasons.Add($"SpaRoot is {spaRoot}");
            folders.Add(spaFolder);
        }

        foreach (var reference in facts.ItemsOf(KnownStrings.Items.ProjectReference).Where(r => r.Include.Trim().EndsWith(".esproj", StringComparison.OrdinalIgnoreCase)))
        {
            if (SafePath.Full(Portable(reference.Include.Trim()), facts.ProjectDirectory) is not { } path)
            {
                continue;
            }

            reasons.Add($"it references the JavaScript project {Path.GetFileName(path)}");
            folders.Add(Path.GetDirectoryName(path)!);
        }

        foreach (var target in RunDuringPublish(facts.Targets ?? []))
        {
            var commands = target.Execs.Where(e => ToolWord().IsMatch(e.Command)).ToList();
            if (commands.Count == 0)
            {
                continue;
            }

            reasons.Add($"its target {target.Name} runs {string.Join(", ", commands.Select(c => $"'{OneLine(c.Command)}'"))}");
            foreach (var command in commands)
            {
                tools.UnionWith(ToolWord().Matches(command.Command).Select(m => m.Value == "yarnpkg" ? "yarn" : m.Value == "pnpx" ? "pnpm" : m.Value == "bunx" ? "bun" : m.Value));
                if (Folder(facts, command.WorkingDirectory.Trim()) is { } folder)
                {
                    folders.Add(folder);
                }
            }
        }

        return reasons.Count == 0 ? FrontEndSignals.None : new FrontEndSignals(reasons, [.. folders], [.. tools]);
    }

    /// <summary>
    /// The targets <c>dotnet publish</c> runs, in the project's order: Publish, what it depends on (DependsOnTargets,
    /// CallTarget), and every target that hooks in before or after one of them. Conditions are not evaluated: a target
    /// that may run counts.
    /// </summary>
    public static IEnumerable<ProjectTarget> RunDuringPublish(IReadOnlyList<ProjectTarget> targets)
    {
        var byName = new Dictionary<string, ProjectTarget>(StringComparer.OrdinalIgnoreCase);
        var hooks = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in targets)
        {
            byName[target.Name] = target;
            foreach (var hooked in target.BeforeTargets.Concat(target.AfterTargets))
            {
                (hooks.TryGetValue(hooked, out var list) ? list : hooks[hooked] = []).Add(target.Name);
            }
        }

        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([PublishTarget]);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reached.Add(name))
            {
                continue;
            }

            var next = hooks.GetValueOrDefault(name) ?? [];
            if (byName.TryGetValue(name, out var target))
            {
                next = [.. next, .. target.DependsOnTargets, .. target.CallsTargets];
            }

            foreach (var other in next)
            {
                pending.Push(other);
            }
        }

        return targets.Where(t => reached.Contains(t.Name));
    }

    /// <summary>
    /// A folder as the project names it, relative to the project's folder; empty is the project's folder; null when the
    /// text is no path (a NUL), which names no front end.
    /// </summary>
    private static string? Folder(ProjectFacts facts, string path) =>
        SafePath.Full(path.Length == 0 ? "." : Portable(path), facts.ProjectDirectory) is { } full ? Path.TrimEndingDirectorySeparator(full) : null;

    // Project files written on Windows use '\'; MSBuild on Linux and macOS reads it as a separator in paths too.
    private static string Portable(string path) => Path.DirectorySeparatorChar == '/' ? path.Replace('\\', '/') : path;

    private static string OneLine(string command) => string.Join(' ', command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
