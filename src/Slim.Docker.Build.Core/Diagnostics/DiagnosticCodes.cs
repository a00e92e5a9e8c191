namespace Slim.Docker.Build.Diagnostics;

/// <summary>
/// Every code the package reports. SDB1xxx: the project cannot be containerized as configured.
/// SDB2xxx: generated files on disk. SDB3xxx: templates. SDB4xxx: what the app needs from the OS. docs/diagnostics.md explains each one.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode NoTargetFrameworkChosen = new("SDB1001", "Several target frameworks and none chosen");
    public static readonly DiagnosticCode NotDotNet = new("SDB1002", "Target framework is not .NET");
    public static readonly DiagnosticCode DotNetTooOld = new("SDB1003", "Target framework older than .NET 8");
    public static readonly DiagnosticCode PlatformSpecificTargetFramework = new("SDB1004", "Platform-specific target framework");
    public static readonly DiagnosticCode NonLinuxRuntimeIdentifier = new("SDB1005", "Windows or macOS runtime identifier");
    public static readonly DiagnosticCode UnsupportedRuntimeIdentifier = new("SDB1006", "No .NET container images for this runtime identifier");
    public static readonly DiagnosticCode NotAnApplication = new("SDB1007", "Project is not an executable application");
    public static readonly DiagnosticCode UntestedDotNetVersion = new("SDB1008", ".NET version newer than the ones this package knows");
    public static readonly DiagnosticCode InvalidBooleanProperty = new("SDB1009", "Property is not true or false");
    public static readonly DiagnosticCode InvalidAssemblyName = new("SDB1010", "Assembly name cannot be used in a container entrypoint");
    public static readonly DiagnosticCode MissingProjectFact = new("SDB1011", "A project property the task needs is empty");
    public static readonly DiagnosticCode ContextDoesNotContainProject = new("SDB1012", "Build context does not contain the project or its restore inputs");
    public static readonly DiagnosticCode ContextDirectoryMissing = new("SDB1013", "Build context folder does not exist");
    public static readonly DiagnosticCode UnreadableAssetsFile = new("SDB1014", "Restore output could not be read");
    public static readonly DiagnosticCode InvalidRepositoryName = new("SDB1015", "Image repository name is not valid");
    public static readonly DiagnosticCode InvalidImageReference = new("SDB1016", "Image reference is not valid");
    public static readonly DiagnosticCode UnknownContainerFamily = new("SDB1017", "ContainerFamily is not a known image family for this app");
    public static readonly DiagnosticCode ContainerFamilyDoesNotMatchRuntimeIdentifier = new("SDB1018", "ContainerFamily and runtime identifier use different C libraries");
    public static readonly DiagnosticCode ContainerFamilyIgnored = new("SDB1019", "ContainerFamily is ignored because ContainerBaseImage is set");
    public static readonly DiagnosticCode FamilyWithoutGlobalizationData = new("SDB1020", "ContainerFamily has no ICU or time zone data but the app is not invariant");
    public static readonly DiagnosticCode InvalidWorkingDirectory = new("SDB1021", "ContainerWorkingDirectory is not an absolute path");
    public static readonly DiagnosticCode InvalidContainerUser = new("SDB1022", "ContainerUser is not a user name or ID");
    public static readonly DiagnosticCode InvalidContainerPort = new("SDB1023", "Port is not a number from 1 to 65535");
    public static readonly DiagnosticCode InvalidContainerPortType = new("SDB1024", "ContainerPort Type is not tcp or udp");
    public static readonly DiagnosticCode InvalidEnvironmentVariableName = new("SDB1025", "Environment variable name is not valid");
    public static readonly DiagnosticCode InvalidLabelName = new("SDB1026", "Label name is not valid");
    public static readonly DiagnosticCode ValueCannotBeWritten = new("SDB1027", "Value contains a line break or control character");
    public static readonly DiagnosticCode InvalidRegistryMirror = new("SDB1028", "SlimDockerfileRegistryMirror is not a registry host");
    public static readonly DiagnosticCode InvalidImageDigest = new("SDB1029", "Image digest is not sha256:<64 hex digits>");
    public static readonly DiagnosticCode DigestGivenTwice = new("SDB1030", "Image already pinned by digest");
    public static readonly DiagnosticCode InvalidOsPackageName = new("SDB1031", "OS package name is not valid");
    public static readonly DiagnosticCode OsPackagesWithoutPackageManager = new("SDB1032", "OS packages requested on a base image without a package manager");
    public static readonly DiagnosticCode InvalidBuildArgName = new("SDB1033", "Build argument name is not valid");
    public static readonly DiagnosticCode InvalidNuGetConfigSecretId = new("SDB1034", "SlimDockerfileNuGetConfigSecret is not a BuildKit secret id");
    public static readonly DiagnosticCode InvalidPropertyName = new("SDB1035", "Command-line property name is not an MSBuild property name");
    public static readonly DiagnosticCode UnwritablePath = new("SDB1036", "A path the Dockerfile copies has wildcard or control characters");
    public static readonly DiagnosticCode InvalidGenerateSwitch = new("SDB1037", "GenerateSlimDockerfile is not a value MSBuild reads as true or false");
    public static readonly DiagnosticCode RestoreInputOutsideRepository = new("SDB1038", "A restore input is outside the repository");
    public static readonly DiagnosticCode SecretLikeProperty = new("SDB1039", "A command-line property looks like a secret");
    public static readonly DiagnosticCode SdkPinNotMetByImageTag = new("SDB1040", "global.json pins an SDK the floating SDK image tag may not carry");
    public static readonly DiagnosticCode NotAnAppToContainerize = new("SDB1041", "Test project or IsPublishable=false published alone");
    // SDB1042 (Blazor WebAssembly standalone not supported yet) is retired: such an app is now a static site (StaticSitePlanner).
    public static readonly DiagnosticCode ContextIsFileSystemRoot = new("SDB1043", "Build context is the file system root");

    public static readonly DiagnosticCode ProjectReferenceMissing = new("SDB1045", "A project of the reference closure does not exist");
    public static readonly DiagnosticCode InvalidPath = new("SDB1046", "A path-valued property is not a path");
    public static readonly DiagnosticCode OutputOutsideRepository = new("SDB1047", "SlimDockerfileOutputPath is outside the repository");
    public static readonly DiagnosticCode InvalidOsFeature = new("SDB1044", "SlimDockerfileOsFeatures names a feature Slim.Docker.Build does not know");

    // The SDK's container vocabulary (issue 10).
    public static readonly DiagnosticCode ContainerFamilyNotInTable = new("SDB1050", "ContainerFamily is not in the image table: used as named, contents unknown");
    public static readonly DiagnosticCode ContainerImageNameIsObsolete = new("SDB1051", "ContainerImageName is the obsolete name of ContainerRepository");
    public static readonly DiagnosticCode InvalidImageTag = new("SDB1052", "ContainerImageTag is not a valid image tag");
    public static readonly DiagnosticCode ImageTagAndTagsBothSet = new("SDB1053", "Both ContainerImageTag and ContainerImageTags are set");
    public static readonly DiagnosticCode InvalidImageTags = new("SDB1054", "ContainerImageTags has an invalid image tag");
    public static readonly DiagnosticCode InvalidRegistry = new("SDB1055", "ContainerRegistry is not a registry host");
    public static readonly DiagnosticCode NoImageForArchitecture = new("SDB1056", "The final image is not published for a target architecture");
    public static readonly DiagnosticCode MixedMuslRuntimeIdentifiers = new("SDB1057", "ContainerRuntimeIdentifiers mixes musl and glibc RIDs");
    public static readonly DiagnosticCode UnknownAppCommandInstruction = new("SDB1058", "ContainerAppCommandInstruction is not Entrypoint, DefaultArgs or None");
    public static readonly DiagnosticCode EntrypointArgsWithoutEntrypoint = new("SDB1059", "ContainerEntrypointArgs without ContainerEntrypoint");
    public static readonly DiagnosticCode AppCommandArgsWithoutAppCommand = new("SDB1060", "ContainerAppCommandArgs without an app command");
    public static readonly DiagnosticCode AppCommandWithInstructionNone = new("SDB1061", "ContainerAppCommand(Args) with ContainerAppCommandInstruction None");
    public static readonly DiagnosticCode EntrypointWithInstructionEntrypoint = new("SDB1062", "ContainerEntrypoint with ContainerAppCommandInstruction Entrypoint");
    public static readonly DiagnosticCode UrlWithoutPort = new("SDB1063", "An ASPNETCORE_URLS entry names no port the image can expose");
    public static readonly DiagnosticCode RepositoryNormalized = new("SDB1064", "ContainerRepository was normalized to a valid repository name");

    // Web front ends (issue 10): Blazor WebAssembly static sites, JavaScript front ends built during publish.
    public static readonly DiagnosticCode HostedWebAssemblyClient = new("SDB1070", "Blazor WebAssembly client of a hosted app: generate for the server project");
    public static readonly DiagnosticCode SettingDoesNotApplyToStaticSite = new("SDB1071", "A container setting does not apply to a static site");
    public static readonly DiagnosticCode WebAssemblyNeedsWorkload = new("SDB1072", "The WebAssembly build needs the wasm-tools workload, which the SDK image lacks");
    public static readonly DiagnosticCode SiteConfigurationOutsideContext = new("SDB1073", "The web server configuration would be outside the build context");
    public static readonly DiagnosticCode UnsupportedFrontEndTooling = new("SDB1075", "Front-end package manager or lock file the Dockerfile does not set up");
    public static readonly DiagnosticCode FrontEndWithoutLockFile = new("SDB1076", "Front end without a lock file: no cached install layer");
    public static readonly DiagnosticCode FrontEndNotFound = new("SDB1077", "Front end detected, but its package.json was not found");
    public static readonly DiagnosticCode NodeVersionNotSupported = new("SDB1078", "Requested Node.js version matches no image the generator knows");
    public static readonly DiagnosticCode ProjectTargetsUnreadable = new("SDB1079", "The project's targets could not be read to look for front-end builds");

    // Layers and symbols (issue 9).
    public static readonly DiagnosticCode InvalidSymbolsSetting = new("SDB1090", "SlimDockerfileSymbols is not managed, all or none");

    public static readonly DiagnosticCode UserOwnedFileKept = new("SDB2001", "Existing file was written or edited by hand and was kept");
    public static readonly DiagnosticCode CannotWriteOutput = new("SDB2002", "Output file cannot be written");
    public static readonly DiagnosticCode DockerIgnoreMissesBuildOutput = new("SDB2003", "Existing .dockerignore does not exclude bin/ and obj/");
    public static readonly DiagnosticCode GeneratedFileOutOfDate = new("SDB2004", "Check mode: a generated file is missing or out of date");
    public static readonly DiagnosticCode UserOwnedFileDiffers = new("SDB2005", "Check mode: a hand-edited file no longer matches the project");
    public static readonly DiagnosticCode OutputLinkLeadsNowhere = new("SDB2006", "Output is a symbolic link that leads to no file");
    public static readonly DiagnosticCode UserOwnedAlternativeKept = new("SDB2007", "The .generated file next to a kept file was written by hand and was kept");
    public static readonly DiagnosticCode OutputsAreOneFile = new("SDB2008", "Two generated files are the same file on disk");

    public static readonly DiagnosticCode TemplateSyntaxError = new("SDB3001", "Template has a syntax error");
    public static readonly DiagnosticCode TemplateRenderError = new("SDB3002", "Template failed to render");
    public static readonly DiagnosticCode TemplateNotFound = new("SDB3003", "Template file or folder not found");

    public static readonly DiagnosticCode ChosenImageLacksLibrary = new("SDB4001", "The image the project chose lacks an OS library the app needs");
    public static readonly DiagnosticCode UnknownLibraryNeeded = new("SDB4002", "The app needs an OS library no known package provides");
    public static readonly DiagnosticCode NativeLibraryUnreadable = new("SDB4003", "A native library of the app cannot be read");
    public static readonly DiagnosticCode ConditionalNeedNotMet = new("SDB4005", "A feature some apps of a package use needs an OS library the image lacks");
    // SDB4004 (restore output unreadable for the needs check) is retired: the restore output is read once, and SDB1014 says both consequences.
}
