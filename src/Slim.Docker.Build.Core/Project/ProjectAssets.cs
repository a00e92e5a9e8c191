using Slim.Docker.Build.Context;

namespace Slim.Docker.Build.Project;

/// <summary>
/// What NuGet's restore output (obj/project.assets.json) says, read once: the projects of the reference closure and,
/// per target, the packages with the native libraries they ship. Generation runs before publish (and
/// <c>dotnet build -t:GenerateSlimDockerfile</c> never publishes), so this, not the publish folder, is the source.
/// </summary>
public sealed class ProjectAssets
{
    public ProjectAssets(
        IReadOnlyList<string> projectPaths,
        IReadOnlyDictionary<string, IReadOnlyList<AssetsLibrary>> targets,
        IReadOnlyDictionary<string, string> libraryPaths,
        IReadOnlyList<string> packageFolders)
    {
        ProjectPaths = projectPaths;
        Targets = targets;
        LibraryPaths = libraryPaths;
        PackageFolders = packageFolders;
    }

    /// <summary>No restore output: no references beyond the direct ones, no packages.</summary>
    public static ProjectAssets Empty { get; } = new([], new Dictionary<string, IReadOnlyList<AssetsLibrary>>(), new Dictionary<string, string>(), []);

    /// <summary>The project libraries' paths as the file writes them (relative to the project's folder).</summary>
    public IReadOnlyList<string> ProjectPaths { get; }

    /// <summary>Targets (<c>net10.0</c>, <c>net10.0/linux-x64</c>) and their libraries.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AssetsLibrary>> Targets { get; }

    /// <summary>Package <c>Id/Version</c> to its folder inside a package folder.</summary>
    public IReadOnlyDictionary<string, string> LibraryPaths { get; }

    public IReadOnlyList<string> PackageFolders { get; }

    /// <summary>Absolute paths of every project in the closure restore walked, the project itself excluded.</summary>
    public IReadOnlyList<string> ProjectReferences(string projectDirectory) =>
        [.. ProjectPaths.Select(p => p.Replace('\\', Path.DirectorySeparatorChar)).Select(p => SafePath.Full(p, projectDirectory) ?? Path.Join(projectDirectory, p))];

    /// <summary>
    /// The packages and native libraries of <c>targetFramework/rid</c> when the project has a RID; else the portable
    /// <c>linux-*</c> assets of <paramref name="architecture"/>, with <c>linux-musl-*</c> first for a musl image, as
    /// NuGet's RID graph prefers them.
    /// </summary>
    public RestoredAssets ForPlatform(string targetFramework, string? rid, string architecture, bool musl)
    {
        var ridTarget = rid is null ? null : Targets.GetValueOrDefault($"{targetFramework}/{rid}");
        var libraries = ridTarget ?? Targets.GetValueOrDefault(targetFramework) ?? SinglePortableTarget();
        if (libraries is null)
        {
            return new RestoredAssets([], []);
        }

        string[] rids = musl ? [$"linux-musl-{architecture}", $"linux-{architecture}", "linux"] : [$"linux-{architecture}", "linux"];
        var packages = new List<string>();
        var natives = new List<NativeAsset>();
        foreach (var library in libraries.Where(l => l.Type == "package"))
        {
            packages.Add(library.Id);
            IReadOnlyList<string> assets = ridTarget is not null ? library.Native : PortableNatives(library, rids);
            foreach (var asset in assets.Where(IsSharedLibrary))
            {
                natives.Add(new NativeAsset(library.Id, library.Version, asset, Locate(LibraryPaths.GetValueOrDefault(library.Name), asset)));
            }
        }

        return new RestoredAssets(packages, natives);
    }

    // Older assets files key targets by the full framework name (.NETCoreApp,Version=v10.0): take the only portable one.
    private IReadOnlyList<AssetsLibrary>? SinglePortableTarget()
    {
        var portable = Targets.Where(t => !t.Key.Contains('/', StringComparison.Ordinal)).ToList();
        return portable.Count == 1 ? portable[0].Value : null;
    }

    /// <summary>
    /// A portable target lists every RID's assets under <c>runtimeTargets</c>. The host picks the most specific RID
    /// that has any, per package, so that is what the image ships.
    /// </summary>
    private static List<string> PortableNatives(AssetsLibrary library, string[] rids)
    {
        foreach (var rid in rids)
        {
            var assets = library.RuntimeTargets.Where(t => t.AssetType == "native" && t.Rid == rid).Select(t => t.Path).ToList();
            if (assets.Count > 0)
            {
                return assets;
            }
        }

        return [];
    }

    private static bool IsSharedLibrary(string asset)
    {
        var name = Path.GetFileName(asset);
        return name.EndsWith(".so", StringComparison.Ordinal) || name.Contains(".so.", StringComparison.Ordinal);
    }

    private string? Locate(string? libraryPath, string asset)
    {
        if (libraryPath is null)
        {
            return null;
        }

        foreach (var folder in PackageFolders)
        {
            var candidate = Path.Combine(folder, libraryPath, asset.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
