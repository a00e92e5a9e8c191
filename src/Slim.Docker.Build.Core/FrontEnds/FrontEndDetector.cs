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
