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

    public static readonly DiagnosticCode InvalidOsFeature = new("SDB1040", "SlimDockerfileOsFeatures names a feature Slim.Docker.Build does not know");

    // The SDK's container vocabulary (issue 10).
    public static readonly DiagnosticCode ContainerFamilyNotInTable = new("SDB1050", "ContainerFamily is not in the image table: used as named, contents unknown");

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
