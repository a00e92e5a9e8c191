namespace Slim.Docker.Build.FrontEnds;

/// <summary>A front end's folder, as its files tell: its package.json, its lock file and the package manager they name.</summary>
/// <param name="Folder">Absolute path.</param>
/// <param name="PackageJson">package.json's path, or null when the folder has none.</param>
/// <param name="LockFile">The lock file's path, or null.</param>
/// <param name="PackageManager"><c>npm</c>, <c>yarn</c>, <c>pnpm</c> or <c>bun</c>: package.json's packageManager, else the lock file's; empty when neither says.</param>
public sealed record FrontEnd(string Folder, string? PackageJson, string? LockFile, string PackageManager)
{
    /// <summary>The package manager the Dockerfile sets up itself: the one that comes with Node.js.</summary>
    public const string Npm = "npm";

    // In the order a folder with several is read: npm's own first.
    private static readonly (string File, string Manager)[] LockFiles =
    [
        ("package-lock.json", Npm),
        ("npm-shrinkwrap.json", Npm),
        ("yarn.lock", "yarn"),
        ("pnpm-lock.yaml", "pnpm"),
        ("bun.lock", "bun"),
        ("bun.lockb", "bun"),
    ];

    public static FrontEnd Read(string folder)
    {
        var packageJsonPath = Path.Combine(folder, "package.json");
        var packageJson = FrontEnds.PackageJson.Read(packageJsonPath);
        var (lockFile, lockManager) = LockFiles
            .Select(l => (Path: Path.Combine(folder, l.File), l.Manager))
            .FirstOrDefault(l => File.Exists(l.Path));

        // "packageManager": "pnpm@9.12.0" (corepack's field) says which manager the project means, whatever the lock file.
        var declared = packageJson?.PackageManager is { } field ? field.Split('@')[0].Trim().ToLowerInvariant() : null;
        return new FrontEnd(folder, packageJson is null ? null : packageJsonPath, lockFile, declared ?? lockManager ?? "");
    }

    /// <summary>npm ci can install it: package.json, npm's lock file, and no other manager declared.</summary>
    public bool InstallsWithNpmCi => PackageJson is not null && PackageManager == Npm && LockFile is not null;
}
