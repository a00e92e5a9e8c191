using Slim.Docker.Build.Model;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Settings;
using static Slim.Docker.Build.Explaining.Explain;
using static Slim.Docker.Build.Explaining.ExplanationReason;

namespace Slim.Docker.Build.Explaining;

/// <summary>The words of the publish output's way into the image: the layers, the symbol files and the file times.</summary>
public static class OutputExplainer
{
    /// <summary>Above the publish step: why the output is sorted into two folders.</summary>
    public static Explanation[] PublishLayers(OutputLayout layout) =>
        !layout.Split ? []
        : [Because(
            PackagesLayerFolder,
            "Publish, then sort the output into one folder per layer: the package's MSBuild target moves every file",
            "publish took from a NuGet package (NuGetPackageId: assemblies, native and satellite files, a self-contained",
            $"app's runtime) to {layout.PackagesDirectory}; {layout.PublishOutput} keeps what the project and its project references build.",
            "Without the target (SlimDockerfilePackagesLayerDir) nothing moves: one layer, the same image.")];

    /// <summary>Above the publish step: which symbol files leave the final image.</summary>
    public static Explanation[] Symbols(AppProfile app, OutputLayout layout) => layout.Symbols switch
    {
        _ when layout.OneLayerReason == OneLayerReason.StaticSite => [],
        SymbolFiles.All => [Because(SymbolsKept, "SlimDockerfileSymbols=all: every symbol file publish writes stays in the final image.")],
        SymbolFiles.None => [Because(
            AllSymbolsToDebugStage,
            $"SlimDockerfileSymbols=none: every symbol file (*.dbg, *.pdb) goes to {layout.SymbolsDirectory}, which only the debug stage",
            "copies; stack traces in the final image have no file names or line numbers.")],
        _ when app.Deployment == Deployment.NativeAot => [Because(
            NativeSymbolsToDebugStage,
            $"The native executable's debug symbols (*.dbg, about twice its size, and any *.pdb) go to {layout.SymbolsDirectory},",
            "which only the debug stage copies: the app never reads them, debuggers and dump analysis do.",
            "SlimDockerfileSymbols=all keeps them in the final image.")],
        _ => [Because(
            NativeSymbolsToDebugStage,
            $"Native symbol files (*.dbg) go to {layout.SymbolsDirectory}, which only the debug stage copies. The .pdb files stay:",
            "they give stack traces file names and line numbers, for about a third of the size of the app's own",
            "assemblies (SlimDockerfileSymbols=none moves them too, =all keeps every symbol file).")],
    };

    /// <summary>Above the publish step: why and to what the file times are fixed.</summary>
    public static Explanation[] Timestamps(OutputLayout layout) =>
    [
        layout.Split
            ? Because(
                FixedFileTimes,
                "Fixed file times, so that the same files give the same layers in every build: 0 for the packages,",
                "and SOURCE_DATE_EPOCH for the app's files and the sources, which the header's command passes (the",
                "last commit's time). Without it they keep the build's times: Last-Modified and the ETag of",
                "UseStaticFiles (time and length) must change when a file does, which a fixed 0 would not promise.",
                "Static web assets record the times in the endpoint manifest; the package's target gives their",
                ".gz/.br copies the same time.")
            : Because(
                FixedFileTimes,
                "Fixed file times, so that the same files give the same layer in every build: SOURCE_DATE_EPOCH for",
                "the app's files and the sources, which the header's command passes (the last commit's time). Without",
                "it they keep the build's times: Last-Modified and the ETag of UseStaticFiles (time and length) must",
                "change when a file does, which a fixed 0 would not promise. Static web assets record the times in",
                "the endpoint manifest; the package's target gives their .gz/.br copies the same time."),
    ];

    /// <summary>Above the final (and debug) stage's copies: the layers, and WORKDIR after them.</summary>
    public static Explanation[] FinalLayers(AppProfile app, OutputLayout layout, string workingDirectory)
    {
        List<Explanation> why = [];
        why.Add(layout.OneLayerReason switch
        {
            OneLayerReason.NativeAot => Because(OneLayerNativeAot, "One layer: Native AOT compiles the app, its packages and the runtime into one executable."),
            OneLayerReason.SingleFile => Because(OneLayerSingleFile, "One layer: PublishSingleFile bundles the app and its packages into one file."),
            OneLayerReason.CompositeReadyToRun => Because(
                OneLayerCompositeReadyToRun,
                "One layer: PublishReadyToRunComposite compiles the app and its packages into one composite image",
                "that every code change rewrites, so a separate packages layer would save nothing."),
            _ => Because(
                LayersByChangeFrequency,
                [
                    "Two layers, the one that changes least first: the NuGet packages" + (app.HasOwnRuntime ? " and the .NET runtime" : "")
                        + ", which change only with",
                    "a package reference, then the app's own files: all that a code change pushes and pulls.",
                    .. app.Trimmed
                        ? (string[])["(Trimmed: a code change that uses more of the framework also changes the trimmed runtime.)"]
                        : [],
                ]),
        });
        why.Add(Because(
            WorkingDirectoryAfterCopies,
            $"WORKDIR after the copies: before them it would create {workingDirectory} in a layer of its own, with the build's time."));
        return [.. why];
    }
}
