using System.Reflection;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Reporting;

namespace Slim.Docker.Build.Tasks;

/// <summary>
/// The MSBuild adapter: copies what MSBuild evaluated into <see cref="ProjectFacts"/>, runs the generator,
/// and reports its diagnostics. Every decision is made in Slim.Docker.Build.Core.
/// </summary>
public sealed class GenerateSlimDockerfile : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ProjectPath { get; set; } = "";

    public string AssemblyName { get; set; } = "";

    public string TargetFramework { get; set; } = "";

    public string TargetFrameworks { get; set; } = "";

    public string TargetFrameworkIdentifier { get; set; } = "";

    public string TargetFrameworkVersion { get; set; } = "";

    public string TargetPlatformIdentifier { get; set; } = "";

    public string RuntimeIdentifier { get; set; } = "";

    public string ContainerRuntimeIdentifier { get; set; } = "";

    public string OutputType { get; set; } = "";

    public string SelfContained { get; set; } = "";

    public string PublishSelfContained { get; set; } = "";

    public string PublishTrimmed { get; set; } = "";

    public string PublishAot { get; set; } = "";

    public string PublishSingleFile { get; set; } = "";

    public string PublishReadyToRun { get; set; } = "";

    public string InvariantGlobalization { get; set; } = "";

    public string ContainerRepository { get; set; } = "";

    public string ContainerBaseImage { get; set; } = "";

    public string ContainerFamily { get; set; } = "";

    public string ContainerWorkingDirectory { get; set; } = "";

    public string ContainerUser { get; set; } = "";

    /// <summary>@(ContainerPort): Include is the port, metadata Type tcp or udp.</summary>
    public ITaskItem[] ContainerPorts { get; set; } = [];

    /// <summary>@(ContainerEnvironmentVariable): Include is the name, metadata Value the value.</summary>
    public ITaskItem[] ContainerEnvironmentVariables { get; set; } = [];

    /// <summary>@(ContainerLabel): Include is the key, metadata Value the value.</summary>
    public ITaskItem[] ContainerLabels { get; set; } = [];

    public ITaskItem[] ContainerAppCommandArgs { get; set; } = [];

    public ITaskItem[] ContainerDefaultArgs { get; set; } = [];

    public ITaskItem[] FrameworkReferences { get; set; } = [];

    public ITaskItem[] ProjectReferences { get; set; } = [];

    public string ProjectAssetsFile { get; set; } = "";

    public string DockerfilePath { get; set; } = "";

    public string ContextDirectory { get; set; } = "";

    public string Configuration { get; set; } = "";

    public string Overwrite { get; set; } = "";

    public string Check { get; set; } = "";

    public string SdkImage { get; set; } = "";

    public string RegistryMirror { get; set; } = "";

    public string BaseImageDigest { get; set; } = "";

    public string SdkImageDigest { get; set; } = "";

    public string OsPackages { get; set; } = "";

    /// <summary>@(SlimDockerfileBuildArg): Include is the name, metadata Value the default.</summary>
    public ITaskItem[] BuildArgs { get; set; } = [];

    public string CacheMounts { get; set; } = "";

    public string CopyLink { get; set; } = "";

    public string NuGetConfigSecret { get; set; } = "";

    [Required]
    public string TemplatesDirectory { get; set; } = "";

    public string TemplatesOverrideDirectory { get; set; } = "";

    /// <summary>The files written (or kept), for targets that run after this one.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = [];

    /// <summary>The final stage's image, for the size report after publish; empty when nothing was generated.</summary>
    [Output]
    public string FinalImage { get; private set; } = "";

    public override bool Execute()
    {
        try
        {
            var result = DockerfileGenerator.Generate(new GenerationRequest
            {
                Project = ReadFacts(),
                Options = new GenerationOptions
                {
                    DockerfilePath = DockerfilePath,
                    ContextDirectory = ContextDirectory,
                    Configuration = Configuration,
                    Overwrite = Overwrite,
                    Check = Check,
                    SdkImage = SdkImage,
                    RegistryMirror = RegistryMirror,
                    BaseImageDigest = BaseImageDigest,
                    SdkImageDigest = SdkImageDigest,
                    OsPackages = OsPackages,
                    BuildArgs = ToProjectItems(BuildArgs),
                    CacheMounts = CacheMounts,
                    CopyLink = CopyLink,
                    NuGetConfigSecret = NuGetConfigSecret,
                    ToolVersion = ToolVersion(),
                },
                ShippedTemplatesDirectory = TemplatesDirectory,
                TemplatesOverrideDirectory = TemplatesOverrideDirectory,
            });

            foreach (var diagnostic in result.Diagnostics)
            {
                Report(diagnostic);
            }

            foreach (var file in result.Files)
            {
                LogWrite(file);
            }

            if (result.Succeeded && result.Model is { } model)
            {
                Log.LogMessage(MessageImportance.High, SizeReport.Describe(model, result.Diagnostics));
                FinalImage = model.Final.Image;
            }

            GeneratedFiles = result.Files
                .Where(f => f.Outcome != WriteOutcome.Failed)
                .Select(f => (ITaskItem)new TaskItem(f.AlternativePath ?? f.Path))
                .ToArray();
            return !Log.HasLoggedErrors;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of ours must still read as one clear error, with the details one verbosity level down.
            Log.LogError(null, "SDB9001", null, ProjectPath, 0, 0, 0, 0,
                "Slim.Docker.Build failed unexpectedly: {0} Please report this with the output of 'dotnet publish -v:d'.", exception.Message);
            Log.LogMessage(MessageImportance.Low, exception.ToString());
            return false;
        }
    }

    private ProjectFacts ReadFacts()
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!;
        var references = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in ProjectReferences)
        {
            references.Add(Path.GetFullPath(item.ItemSpec, projectDirectory));
        }

        if (ProjectAssetsFile.Length > 0 && File.Exists(ProjectAssetsFile))
        {
            var closure = ProjectAssetsReader.ReadProjectReferences(ProjectAssetsFile, projectDirectory, out var error);
            if (closure is null)
            {
                Report(Diagnostic.Warning(
                    DiagnosticCodes.UnreadableAssetsFile,
                    $"Cannot read '{ProjectAssetsFile}' ({error}), so only direct project references are copied into the restore layer. Run 'dotnet restore' and try again.",
                    ProjectAssetsFile));
            }
            else
            {
                references.UnionWith(closure);
            }
        }

        var globals = (BuildEngine as IBuildEngine6)?.GetGlobalProperties();
        return new ProjectFacts
        {
            ProjectPath = Path.GetFullPath(ProjectPath),
            AssemblyName = AssemblyName,
            TargetFramework = TargetFramework,
            TargetFrameworks = TargetFrameworks,
            TargetFrameworkIdentifier = TargetFrameworkIdentifier,
            TargetFrameworkVersion = TargetFrameworkVersion,
            TargetPlatformIdentifier = TargetPlatformIdentifier,
            RuntimeIdentifier = RuntimeIdentifier,
            ContainerRuntimeIdentifier = ContainerRuntimeIdentifier,
            OutputType = OutputType,
            SelfContained = SelfContained,
            PublishSelfContained = PublishSelfContained,
            PublishTrimmed = PublishTrimmed,
            PublishAot = PublishAot,
            PublishSingleFile = PublishSingleFile,
            PublishReadyToRun = PublishReadyToRun,
            InvariantGlobalization = InvariantGlobalization,
            ReferencesAspNetCore = FrameworkReferences.Any(r => r.ItemSpec.Equals("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase)),
            ContainerRepository = ContainerRepository,
            ContainerBaseImage = ContainerBaseImage,
            ContainerFamily = ContainerFamily,
            ContainerWorkingDirectory = ContainerWorkingDirectory,
            ContainerUser = ContainerUser,
            ContainerPorts = ToProjectItems(ContainerPorts),
            ContainerEnvironmentVariables = ToProjectItems(ContainerEnvironmentVariables),
            ContainerLabels = ToProjectItems(ContainerLabels),
            ContainerAppCommandArgs = ContainerAppCommandArgs.Select(i => i.ItemSpec).ToList(),
            ContainerDefaultArgs = ContainerDefaultArgs.Select(i => i.ItemSpec).ToList(),
            ProjectReferences = references.ToList(),
            ProjectAssetsFile = ProjectAssetsFile,
            GlobalProperties = globals is null
                ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(globals, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>Items as plain data for the Core: the Include and the custom metadata, unescaped, in MSBuild's order.</summary>
    private static List<ProjectItem> ToProjectItems(ITaskItem[] items) =>
        items.Select(item => new ProjectItem(item.ItemSpec, CustomMetadata(item))).ToList();

    private static Dictionary<string, string> CustomMetadata(ITaskItem item)
    {
        // Only the non-generic IDictionary surface is the same for every MSBuild version: its enumerator yields
        // DictionaryEntry in some and KeyValuePair in others.
        var metadata = item.CloneCustomMetadata();
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in metadata.Keys.OfType<string>())
        {
            result[key] = metadata[key] as string ?? "";
        }

        return result;
    }

    private void Report(Diagnostic diagnostic)
    {
        var file = diagnostic.File ?? ProjectPath;
        if (diagnostic.IsError)
        {
            Log.LogError(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
        }
        else
        {
            Log.LogWarning(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
        }
    }

    private void LogWrite(WriteResult file)
    {
        var message = file.Outcome switch
        {
            WriteOutcome.Created => $"Slim.Docker.Build: wrote {file.Path}",
            WriteOutcome.Updated => $"Slim.Docker.Build: updated {file.Path}",
            WriteOutcome.Unchanged => $"Slim.Docker.Build: {file.Path} is up to date",
            WriteOutcome.OverwroteUserFile => $"Slim.Docker.Build: replaced {file.Path} (SlimDockerfileOverwrite=true)",
            WriteOutcome.KeptUserFile when file.AlternativePath is null => $"Slim.Docker.Build: {file.Path} is kept as edited (differs from the generated version)",
            WriteOutcome.KeptUserFile => $"Slim.Docker.Build: kept {file.Path}; new version in {file.AlternativePath}",
            _ => null,
        };
        if (message is not null)
        {
            Log.LogMessage(MessageImportance.High, message);
        }
    }

    private static string ToolVersion()
    {
        var informational = typeof(GenerateSlimDockerfile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
