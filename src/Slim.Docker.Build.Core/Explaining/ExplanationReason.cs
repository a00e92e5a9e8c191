namespace Slim.Docker.Build.Explaining;

/// <summary>Every reason the generated Dockerfile explains, one per kind of decision.</summary>
public enum ExplanationReason
{
    // Header
    NuGetConfigSecretFile,
    RegistryMirror,
    MultiPlatform,

    // Build stage
    ContextWiderThanProject,
    SdkImageFromProject,
    SdkNewerThanApp,
    CrossTargeting,
    NativeAotOnTargetPlatform,
    BuildArguments,
    NativeAotToolchain,
    CacheMounts,
    RestoreLayer,
    NuGetConfigSecret,
    PublishWithoutRestore,
    PackagesLayerFolder,
    NativeSymbolsToDebugStage,
    AllSymbolsToDebugStage,
    SymbolsKept,
    FixedFileTimes,

    // Debug stage
    DebugImage,

    // Final stage: the repository
    BaseImageAsGiven,
    NativeAotNeedsNoRuntime,
    SelfContainedNeedsNoRuntime,
    AspNetCoreApp,
    ConsoleApp,
    ReadyToRun,
    FamilyFromProject,

    // Final stage: the family
    FullImageForNativeLibraries,
    FullImageForOsPackages,
    Distroless,
    MuslApp,
    Alpine,
    FullImage,
    ArchitectureFallback,
    UnknownFamily,

    // Final stage: globalization
    GlobalizationDataInstalled,
    GlobalizationDataInImage,
    InvariantGlobalization,
    NoGlobalizationData,
    ConditionalNeedNotTaken,

    // Final stage: the publish output
    LayersByChangeFrequency,
    OneLayerNativeAot,
    OneLayerSingleFile,
    OneLayerCompositeReadyToRun,
    WorkingDirectoryAfterCopies,

    // Final stage: the rest
    OsPackagesForNativeLibraries,
    OsPackages,
    PlainCopy,
    EnvironmentVariables,
    Labels,
    DefaultLabels,
    LabelsFromBuildArguments,
    UserFromProject,
    NonRootUser,
    NonRootUserFromBaseImage,
    PresetNonRootUser,
    PortsFromItems,
    PortsFromEnvironment,
    DefaultPort,
    OwnExecutable,
    AppCommandFromProject,
    EntrypointFromProject,
    AppCommandAsCommand,
    NoAppCommand,
    AppCommandArgs,
    DefaultArgs,
    NoCommand,

    // JavaScript front ends built during publish
    NodeForFrontEnd,
    NodeVersionRequested,
    NodeVersionDefault,
    NodeFromStage,
    FrontEndInstall,
    FrontEndInstallCacheMount,

    // Blazor WebAssembly static site
    PlatformIndependentBuild,
    StaticSiteServer,
    StaticSiteServerFromProject,
    NoDebugStage,
    BrotliFilesRemoved,
    StaticSiteFiles,
    StaticSiteUser,
    StaticSitePorts,
    SiteCaching,
    SiteCompression,
    SiteTypes,
    SiteFallback,
}
