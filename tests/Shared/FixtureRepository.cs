namespace Slim.Docker.Build.Testing;

/// <summary>
/// A copy of a fixture repository committed under tests/Fixtures/ (shaped like a real one: a solution at the root,
/// Directory.* chains, central package management, global.json, a local feed), in a temporary folder with a .git
/// folder, referencing the freshly packed Slim.Docker.Build through its own local feed.
/// </summary>
public sealed class FixtureRepository
{
    public const string VersionPlaceholder = "__SLIM_DOCKER_BUILD_VERSION__";

    private readonly PackageFixture _package;

    private FixtureRepository(PackageFixture package, string root)
    {
        _package = package;
        Root = root;
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    /// <summary>
    /// Copies tests/Fixtures/<paramref name="fixture"/>, sets the package's version, puts the package into
    /// <paramref name="feed"/> (the folder the fixture's nuget.config names) and packs <paramref name="packProjects"/>
    /// there with 'dotnet pack', the way the repository's own packages are made.
    /// </summary>
    public static async Task<FixtureRepository> Create(PackageFixture package, string fixture, string name, string feed, params string[] packProjects)
    {
        var root = Path.Combine(package.Root, "repositories", $"{name}-{Guid.NewGuid().ToString("N")[..6]}");
        Copy(Path.Combine(PackageFixture.RepositoryRoot, "tests", "Fixtures", fixture), root);
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        foreach (var file in Directory.EnumerateFiles(root, "*.props", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace(VersionPlaceholder, package.Version, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(Path.Combine(root, feed));
        foreach (var nupkg in Directory.GetFiles(package.FeedDirectory, "*.nupkg"))
        {
            File.Copy(nupkg, Path.Combine(root, feed, Path.GetFileName(nupkg)));
        }

        var repository = new FixtureRepository(package, root);
        foreach (var project in packProjects)
        {
            var pack = await repository.Dotnet("pack", project, "-c", "Release");
            if (!pack.Succeeded)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{pack}");
            }
        }

        return repository;
    }

    public string Read(string relative) => File.ReadAllText(this[relative]);

    public bool Exists(string relative) => File.Exists(this[relative]);

    /// <summary>The files named <paramref name="name"/> in the repository, relative, outside bin/ and obj/.</summary>
    public IReadOnlyList<string> FilesNamed(string name) =>
        [.. Directory.EnumerateFiles(Root, name, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(segment => segment is "bin" or "obj"))
            .Order(StringComparer.Ordinal)];

    /// <summary>Runs dotnet at the repository's root.</summary>
    public Task<ProcessResult> Dotnet(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, Root, _package.DotnetEnvironment(), TimeSpan.FromMinutes(10));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj"))
            {
                continue; // build output of someone who built the fixture in place
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
