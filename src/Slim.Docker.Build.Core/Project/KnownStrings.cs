namespace Slim.Docker.Build.Project;

/// <summary>
/// The names of every MSBuild property, item and metadata the generator reads, in one place (as the SDK's container
/// tasks keep theirs). build/Slim.Docker.Build.targets passes each property and item by these names; the readers in
/// Settings/ look them up here; the property-based tests enumerate them.
/// </summary>
public static class KnownStrings
{
    /// <summary>Properties MSBuild and the .NET SDK define: what the project is.</summary>
    public static class ProjectProperties
    {
        public const string AssemblyName = nameof(AssemblyName);
        public const string TargetFramework = nameof(TargetFramework);
        public const string TargetFrameworks = nameof(TargetFrameworks);
        public const string TargetFrameworkIdentifier = nameof(TargetFrameworkIdentifier);
        public const string TargetFrameworkVersion = nameof(TargetFrameworkVersion);
        public const string TargetPlatformIdentifier = nameof(TargetPlatformIdentifier);
        public const string RuntimeIdentifier = nameof(RuntimeIdentifier);
        public const string OutputType = nameof(OutputType);
        public const string SelfContained = nameof(SelfContained);
        public const string PublishSelfContained = nameof(PublishSelfContained);
        public const string PublishTrimmed = nameof(PublishTrimmed);
        public const string PublishAot = nameof(PublishAot);
        public const string PublishSingleFile = nameof(PublishSingleFile);
        public const string PublishReadyToRun = nameof(PublishReadyToRun);
        public const string PublishReadyToRunComposite = nameof(PublishReadyToRunComposite);
        public const string InvariantGlobalization = nameof(InvariantGlobalization);
        public const string ProjectAssetsFile = nameof(ProjectAssetsFile);
        public const string Configuration = nameof(Configuration);
        public const string IsTestProject = nameof(IsTestProject);
        public const string IsPublishable = nameof(IsPublishable);
        public const string UsingMicrosoftNETSdkBlazorWebAssembly = nameof(UsingMicrosoftNETSdkBlazorWebAssembly);

        // Blazor WebAssembly (the WebAssembly SDKs' Sdk.props and the static web assets targets set these).
        public const string UsingMicrosoftNETSdkWebAssembly = nameof(UsingMicrosoftNETSdkWebAssembly);
        public const string StaticWebAssetProjectMode = nameof(StaticWebAssetProjectMode);
        public const string RunAOTCompilation = nameof(RunAOTCompilation);
        public const string WasmBuildNative = nameof(WasmBuildNative);

        /// <summary>The folder of a JavaScript front end (the SPA templates, SpaProxy).</summary>
        public const string SpaRoot = nameof(SpaRoot);
    }

    /// <summary>Global properties MSBuild gives every project of a solution build.</summary>
    public static class SolutionProperties
    {
        public const string CurrentSolutionConfigurationContents = nameof(CurrentSolutionConfigurationContents);
        public const string SolutionPath = nameof(SolutionPath);
    }

    /// <summary>The SDK's container vocabulary (dotnet publish -t:PublishContainer), with the SDK's meaning.</summary>
    public static class ContainerProperties
    {
        public const string ContainerRepository = nameof(ContainerRepository);
        public const string ContainerRuntimeIdentifier = nameof(ContainerRuntimeIdentifier);
        public const string ContainerRuntimeIdentifiers = nameof(ContainerRuntimeIdentifiers);
        public const string ContainerRegistry = nameof(ContainerRegistry);
        public const string ContainerImageName = nameof(ContainerImageName);
        public const string ContainerImageTag = nameof(ContainerImageTag);
        public const string ContainerImageTags = nameof(ContainerImageTags);
        public const string ContainerBaseImage = nameof(ContainerBaseImage);
        public const string ContainerFamily = nameof(ContainerFamily);
        public const string ContainerWorkingDirectory = nameof(ContainerWorkingDirectory);
        public const string ContainerUser = nameof(ContainerUser);
        public const string ContainerAppCommandInstruction = nameof(ContainerAppCommandInstruction);
    }

    /// <summary>The SDK's default labels: their switches, values, and the package properties they fall back to.</summary>
    public static class LabelProperties
    {
        /// <summary>ContainerGenerateLabels, and the prefix of its sub-switches (ContainerGenerateLabelsImageCreated, ...).</summary>
        public const string GenerateLabels = "ContainerGenerateLabels";
        public const string ContainerTitle = nameof(ContainerTitle);
        public const string ContainerDescription = nameof(ContainerDescription);
        public const string ContainerVersion = nameof(ContainerVersion);
        public const string ContainerAuthors = nameof(ContainerAuthors);
        public const string ContainerVendor = nameof(ContainerVendor);
        public const string ContainerLicenseExpression = nameof(ContainerLicenseExpression);
        public const string ContainerInformationUrl = nameof(ContainerInformationUrl);
        public const string ContainerDocumentationUrl = nameof(ContainerDocumentationUrl);
        public const string Title = nameof(Title);
        public const string Description = nameof(Description);
        public const string PackageVersion = nameof(PackageVersion);
        public const string Authors = nameof(Authors);
        public const string PackageLicenseExpression = nameof(PackageLicenseExpression);
        public const string PackageProjectUrl = nameof(PackageProjectUrl);
        public const string PublishRepositoryUrl = nameof(PublishRepositoryUrl);
        public const string PrivateRepositoryUrl = nameof(PrivateRepositoryUrl);
        public const string RepositoryType = nameof(RepositoryType);
    }

    /// <summary>This package's own settings.</summary>
    public static class SlimProperties
    {
        public const string GenerateSlimDockerfile = nameof(GenerateSlimDockerfile);
        public const string OutputPath = "SlimDockerfileOutputPath";
        public const string Context = "SlimDockerfileContext";
        public const string Configuration = "SlimDockerfileConfiguration";
        public const string Overwrite = "SlimDockerfileOverwrite";
        public const string Check = "SlimDockerfileCheck";
        public const string SdkImage = "SlimDockerfileSdkImage";
        public const string RegistryMirror = "SlimDockerfileRegistryMirror";
        public const string BaseImageDigest = "SlimDockerfileBaseImageDigest";
        public const string SdkImageDigest = "SlimDockerfileSdkImageDigest";
        public const string OsPackages = "SlimDockerfileOsPackages";
        public const string OsFeatures = "SlimDockerfileOsFeatures";
        public const string CacheMounts = "SlimDockerfileCacheMounts";
        public const string CopyLink = "SlimDockerfileCopyLink";
        public const string NuGetConfigSecret = "SlimDockerfileNuGetConfigSecret";
        public const string TemplatesDirectory = "SlimDockerfileTemplatesDirectory";
        public const string Compose = "SlimDockerfileCompose";
        public const string AllowedProperties = "SlimDockerfileAllowedProperties";
        public const string SkipNonApps = "SlimDockerfileSkipNonApps";
        public const string Symbols = "SlimDockerfileSymbols";

        /// <summary>
        /// Set only by the generated Dockerfile's dotnet publish: the folder the package's MSBuild target moves the
        /// package files to (build/Slim.Docker.Build.targets, _SlimDockerfileSplitLayers). The generator never reads it.
        /// </summary>
        public const string PackagesLayerDir = "SlimDockerfilePackagesLayerDir";

        /// <summary>The prefix of every property of this package.</summary>
        public const string Prefix = "SlimDockerfile";
    }

    /// <summary>Items the generator reads; each is passed to the task with its custom metadata.</summary>
    public static class Items
    {
        public const string FrameworkReference = nameof(FrameworkReference);
        public const string ProjectReference = nameof(ProjectReference);
        public const string ContainerPort = nameof(ContainerPort);
        public const string ContainerEnvironmentVariable = nameof(ContainerEnvironmentVariable);
        public const string ContainerLabel = nameof(ContainerLabel);
        public const string ContainerAppCommand = nameof(ContainerAppCommand);
        public const string ContainerAppCommandArgs = nameof(ContainerAppCommandArgs);
        public const string ContainerEntrypoint = nameof(ContainerEntrypoint);
        public const string ContainerEntrypointArgs = nameof(ContainerEntrypointArgs);
        public const string ContainerDefaultArgs = nameof(ContainerDefaultArgs);
        public const string SlimDockerfileBuildArg = nameof(SlimDockerfileBuildArg);
    }

    /// <summary>Item metadata.</summary>
    public static class Metadata
    {
        /// <summary>ContainerPort: tcp or udp.</summary>
        public const string Type = nameof(Type);

        /// <summary>ContainerEnvironmentVariable, ContainerLabel, SlimDockerfileBuildArg: the value.</summary>
        public const string Value = nameof(Value);

        /// <summary>On the items the targets pass to the task: the item type they came from.</summary>
        public const string ItemType = "SlimItemType";
    }

    /// <summary>The framework reference that makes an app an ASP.NET Core app.</summary>
    public const string AspNetCoreFramework = "Microsoft.AspNetCore.App";
}
