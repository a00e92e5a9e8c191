using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Planning;

/// <summary>
/// Decides how the publish output reaches the image: two layers ordered by how often they change (NuGet packages, then
/// what the project builds) unless the output is one file, and which symbol files stay out of the final image.
/// </summary>
public static class OutputPlanner
{
    public const string DefaultPublishOutput = "/app";
    public const string LayersRoot = "/layers";
    public const string SymbolsDirectory = "/symbols";

    /// <summary>
    /// The header's <c>--build-arg</c> for the app's file times: the last commit's, so that a build of the same commit
    /// gives the same layers and a new commit new times (empty outside git: the build's own times then).
    /// </summary>
    public const string SourceDateEpochHeaderArg = "SOURCE_DATE_EPOCH=\"$(git log -1 --format=%ct 2>/dev/null)\"";

    public static OutputLayout Plan(AppProfile app, DockerfileSettings dockerfile, string workingDirectory)
    {
        // A static site is published to /app whatever ContainerWorkingDirectory says (it means nothing on the web server).
        var site = app.Kind == AppKind.BlazorWebAssembly;
        workingDirectory = site ? DefaultPublishOutput : workingDirectory;
        var oneLayer = site ? OneLayerReason.StaticSite
            : app.Deployment == Deployment.NativeAot ? OneLayerReason.NativeAot
            : app.SingleFile ? OneLayerReason.SingleFile
            : app.ReadyToRunComposite ? OneLayerReason.CompositeReadyToRun
            : OneLayerReason.None;

        // COPY --link writes every folder above its destination into the layer with the time of the build, so the
        // layers are copied to the working directory's first folder, from build-stage trees that hold the rest of
        // its path with fixed times. For a top-level working directory (/app) that is the folder itself.
        var directory = "/" + workingDirectory.Trim('/');
        var top = directory == "/" ? "/" : "/" + directory.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        var nested = top != directory;
        var appRoot = nested ? LayersRoot + "/app" : DefaultPublishOutput;
        var packagesRoot = LayersRoot + "/packages";
        var publishOutput = nested ? appRoot + directory : DefaultPublishOutput;
        var packagesDirectory = nested ? packagesRoot + directory : packagesRoot;
        var destination = top == "/" ? "/" : top + "/";

        List<(string, string, string)> layers = [];
        if (oneLayer == OneLayerReason.None)
        {
            layers.Add(("packages", (nested ? packagesRoot + top : packagesRoot) + "/", destination));
        }

        layers.Add(("app", (nested ? appRoot + top : appRoot) + "/", destination));

        IReadOnlyList<string> patterns = site ? [] : SymbolPatterns(app, dockerfile.Symbols);
        return new OutputLayout
        {
            PublishOutput = publishOutput,
            PackagesDirectory = oneLayer == OneLayerReason.None ? packagesDirectory : "",
            AppRoot = appRoot,
            PackagesRoot = oneLayer == OneLayerReason.None ? packagesRoot : "",
            Layers = layers,
            OneLayerReason = oneLayer,
            SymbolPatterns = patterns,
            SymbolsDirectory = patterns.Count > 0 ? SymbolsDirectory : "",
            SymbolsDestination = directory == "/" ? "/" : directory + "/",
            Symbols = dockerfile.Symbols,
        };
    }

    /// <summary>
    /// Native symbols (<c>*.dbg</c>, ILC's stripped debug information) never help a running app. Managed .pdb files give
    /// a JIT-compiled app's stack traces file names and line numbers, so they stay unless the project says none; a
    /// Native AOT executable reads no .pdb, so there every symbol file goes.
    /// </summary>
    public static IReadOnlyList<string> SymbolPatterns(AppProfile app, SymbolFiles symbols) => symbols switch
    {
        SymbolFiles.All => [],
        SymbolFiles.None => ["*.dbg", "*.pdb"],
        _ => app.Deployment == Deployment.NativeAot ? ["*.dbg", "*.pdb"] : ["*.dbg"],
    };
}
