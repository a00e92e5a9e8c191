using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.FrontEnds;

/// <summary>
/// Decides how the build stage builds the front ends that publish builds: which Node.js, and which packages it installs
/// in the restore layer (npm ci against package-lock.json). Everything it cannot set up is a coded warning.
/// </summary>
public static class FrontEndPlanner
{
    /// <summary>The install of a front end with npm's lock file: exactly the locked versions, without audit or funding noise.</summary>
    public const string NpmCi = "npm ci --no-audit --no-fund";

    private static readonly string[] OtherManagerNames = ["yarn", "pnpm", "bun"];

    /// <summary>The plan, or null when publish builds no front end.</summary>
    public static FrontEndPlan? Plan(ProjectFacts facts, AppProfile app, DiagnosticBag diagnostics)
    {
        var spaRoot = facts.Property(KnownStrings.ProjectProperties.SpaRoot).Trim();
        if (spaRoot.Length > 0 && SafePath.Full(spaRoot, facts.ProjectDirectory) is null)
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidPath,
                $"SpaRoot is '{ValueRules.Visible(spaRoot)}', which is not a path (it holds a NUL or another character no file name can have). " +
                "Set it to the front end's folder, relative to the project, e.g. ClientApp/.");
            return null;
        }

        var signals = FrontEndDetector.Detect(facts);
        if (!signals.Found)
        {
            return null;
        }

        var frontEnds = signals.Folders.Select(FrontEnd.Read).ToList();
        var otherManagers = signals.Tools.Intersect(OtherManagerNames)
            .Concat(frontEnds.Select(f => f.PackageManager).Where(OtherManagerNames.Contains))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var boundary = RepositoryRoot.Find(facts.ProjectDirectory);
        var version = NodeVersionPolicy.Choose(frontEnds.Where(f => f.PackageJson is not null).Select(f => f.Folder).DefaultIfEmpty(facts.ProjectDirectory), boundary);
        if (version.Problem is { } problem)
        {
            var file = version.Request!.File;
            diagnostics.Warning(
                DiagnosticCodes.NodeVersionNotSupported,
                $"'{file}'{(version.Request.Field.Length > 0 ? $" ({version.Request.Field})" : "")} asks for Node.js '{version.Request.Text}', but {problem}. " +
                $"The build stage uses Node.js {version.Major}. Ask for one of the maintained lines ({string.Join(", ", NodeReleases.All.Where(r => r.Supported).Select(r => r.Major))}).",
                file);
        }

        WarnAboutFrontEnds(frontEnds, otherManagers, version.Major, diagnostics);
        return new FrontEndPlan
        {
            Signals = signals,
            Version = version,
            NodeImage = new ImageReference("", "node", $"{version.Major}-{(app.IsMusl ? "alpine" : "bookworm-slim")}"),
            Installs = frontEnds
                .Where(f => f.InstallsWithNpmCi)
                .Select(f => new FrontEndInstall(f.Folder, [f.PackageJson!, f.LockFile!], NpmCi))
                .ToList(),
            OtherManagers = otherManagers,
        };
    }

    private static void WarnAboutFrontEnds(List<FrontEnd> frontEnds, List<string> otherManagers, int major, DiagnosticBag diagnostics)
    {
        foreach (var frontEnd in frontEnds.Where(f => f.PackageJson is null))
        {
            diagnostics.Warning(
                DiagnosticCodes.FrontEndNotFound,
                $"The project builds a JavaScript front end in '{frontEnd.Folder}' while it publishes, but that folder has no package.json. The build stage " +
                "gets Node.js and npm, but installs nothing before the sources are copied. Point SpaRoot (or the Exec's WorkingDirectory) at the folder " +
                "that holds package.json.");
        }

        if (otherManagers.Count > 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.UnsupportedFrontEndTooling,
                $"The front end uses {string.Join(" and ", otherManagers)}, which Slim.Docker.Build does not set up: the build stage gets Node.js {major} with npm " +
                "only, so publish's own commands fail unless you add the tool to the build stage (e.g. 'RUN npm install -g corepack && corepack enable' " +
                "after the Node.js lines; the edited Dockerfile is then yours), and no cached layer installs the front end's packages (only npm ci " +
                "with package-lock.json has one). Or move the front end to npm.");
        }

        foreach (var frontEnd in frontEnds.Where(f => f.PackageJson is not null && f.LockFile is null && f.PackageManager is "" or FrontEnd.Npm))
        {
            diagnostics.Warning(
                DiagnosticCodes.FrontEndWithoutLockFile,
                $"The front end in '{frontEnd.Folder}' has no package-lock.json, and npm ci needs one: its packages are not installed in a cached layer, so " +
                "publish's own npm install downloads them after every code change, in whatever versions are newest then. Run 'npm install' there and " +
                "commit package-lock.json.",
                frontEnd.PackageJson);
        }
    }
}
