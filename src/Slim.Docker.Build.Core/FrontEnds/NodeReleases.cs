namespace Slim.Docker.Build.FrontEnds;

/// <summary>
/// The Node.js release lines the generator knows (nodejs/Release schedule, docker-node images), newest last. A new
/// Node.js major is one row here; the default is the newest LTS line.
/// </summary>
public static class NodeReleases
{
    public static IReadOnlyList<NodeRelease> All { get; } =
    [
        new(18, "hydrogen", Lts: true, Supported: false),
        new(19, "", Lts: false, Supported: false),
        new(20, "iron", Lts: true, Supported: false),
        new(21, "", Lts: false, Supported: false),
        new(22, "jod", Lts: true, Supported: true),
        new(23, "", Lts: false, Supported: false),
        new(24, "krypton", Lts: true, Supported: true),
        new(25, "", Lts: false, Supported: false),
        // Active LTS since 2026-10-28 (maintained to April 2029); its codename is not public yet.
        new(26, "", Lts: true, Supported: true),
    ];

    /// <summary>The current LTS line: the newest supported LTS.</summary>
    public static NodeRelease CurrentLts { get; } = All.Last(r => r.Lts && r.Supported);

    /// <summary>The newest supported line of all (what nvm's <c>node</c>, <c>stable</c> and <c>latest</c> mean).</summary>
    public static NodeRelease Newest { get; } = All.Last(r => r.Supported);

    public static NodeRelease? Find(int major) => All.FirstOrDefault(r => r.Major == major);

    public static NodeRelease? ByCodename(string codename) =>
        All.FirstOrDefault(r => r.Codename.Length > 0 && r.Codename.Equals(codename, StringComparison.OrdinalIgnoreCase));

    /// <summary>The LTS lines, newest first (for nvm's <c>lts/-1</c>).</summary>
    public static IEnumerable<NodeRelease> LtsNewestFirst => All.Where(r => r.Lts).Reverse();
}
