namespace Slim.Docker.Build.FrontEnds;

/// <summary>
/// Chooses the Node.js major of the build stage from what the front end asks for: the nearest <c>.nvmrc</c> or
/// <c>.node-version</c> (as nvm finds them), else package.json's <c>volta.node</c>, else its <c>engines.node</c>; else the
/// current LTS line. A range that allows the default keeps it (so <c>&gt;=20</c> does not jump to a newer line).
/// </summary>
public static class NodeVersionPolicy
{
    private static readonly string[] VersionFiles = [".nvmrc", ".node-version"];
    private static readonly string[] NewestAliases = ["node", "stable", "latest", "current"];

    /// <param name="frontEnds">The front ends' folders.</param>
    /// <param name="boundary">How far up version files are looked for (the repository root); null: the folder itself.</param>
    public static NodeVersionChoice Choose(IEnumerable<string> frontEnds, string? boundary)
    {
        var fallback = NodeReleases.CurrentLts;
        var choices = frontEnds
            .Select(folder => FindRequest(folder, boundary))
            .OfType<NodeVersionRequest>()
            .Select(request => Resolve(request, fallback))
            .ToList();

        // Several front ends that ask for different lines get the newest: newer Node.js runs older tooling more often than not.
        return choices.Count == 0 ? new NodeVersionChoice(fallback.Major, null, null) : choices.MaxBy(c => c.Major)!;
    }

    /// <summary>What the folder asks for, if anything, in nvm's order of precedence.</summary>
    public static NodeVersionRequest? FindRequest(string folder, string? boundary)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            foreach (var name in VersionFiles)
            {
                var path = Path.Combine(current.FullName, name);
                if (File.Exists(path) && FirstLine(path) is { } line)
                {
                    return new NodeVersionRequest(path, "", line);
                }
            }

            if (boundary is null || Path.TrimEndingDirectorySeparator(current.FullName) == Path.TrimEndingDirectorySeparator(boundary))
            {
                break;
            }
        }

        var packageJsonPath = Path.Combine(folder, "package.json");
        var packageJson = PackageJson.Read(packageJsonPath);
        return packageJson?.VoltaNode is { } volta ? new NodeVersionRequest(packageJsonPath, "volta.node", volta)
            : packageJson?.EnginesNode is { } engines ? new NodeVersionRequest(packageJsonPath, "engines.node", engines)
            : null;
    }

    /// <summary>The major that satisfies <paramref name="request"/>, preferring <paramref name="fallback"/>, then supported lines.</summary>
    public static NodeVersionChoice Resolve(NodeVersionRequest request, NodeRelease fallback)
    {
        var text = request.Text.Trim();
        var lower = text.ToLowerInvariant();
        if (NewestAliases.Contains(lower))
        {
            return new(NodeReleases.Newest.Major, request, null);
        }

        if (lower is "lts/*" or "lts")
        {
            return new(NodeReleases.CurrentLts.Major, request, null);
        }

        if (lower.StartsWith("lts/-", StringComparison.Ordinal) && int.TryParse(lower["lts/-".Length..], out var back) && back >= 0)
        {
            var older = NodeReleases.LtsNewestFirst.Skip(back).FirstOrDefault();
            return older is null
                ? new(fallback.Major, request, $"'{text}' goes back further than the LTS lines Slim.Docker.Build knows")
                : Checked(older, request);
        }

        if (NodeReleases.ByCodename(lower.StartsWith("lts/", StringComparison.Ordinal) ? lower["lts/".Length..] : lower) is { } named)
        {
            return Checked(named, request);
        }

        IReadOnlyList<int> majors;
        try
        {
            majors = NpmRange.SatisfiableMajors(text, NodeReleases.All.Select(r => r.Major));
        }
        catch (FormatException)
        {
            return new(fallback.Major, request, $"'{text}' is not a Node.js version, range or alias that Slim.Docker.Build understands");
        }

        if (majors.Contains(fallback.Major))
        {
            return new(fallback.Major, request, null);
        }

        var releases = majors.Select(m => NodeReleases.Find(m)!).ToList();
        var best = releases.LastOrDefault(r => r.Supported) ?? releases.LastOrDefault();
        return best is null
            ? new(fallback.Major, request, $"'{text}' accepts none of the Node.js lines Slim.Docker.Build knows ({NodeReleases.All[0].Major} to {NodeReleases.All[^1].Major})")
            : Checked(best, request);
    }

    private static NodeVersionChoice Checked(NodeRelease release, NodeVersionRequest request) =>
        new(release.Major, request, release.Supported ? null : $"Node.js {release.Major} is past its end of life: its images get no fixes and may be removed");

    /// <summary>The first line that is not blank or a comment, without a trailing comment.</summary>
    private static string? FirstLine(string path)
    {
        try
        {
            return File.ReadLines(path)
                .Select(l => l.Split('#')[0].Trim())
                .FirstOrDefault(l => l.Length > 0);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
