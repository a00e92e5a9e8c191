using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Planning;

/// <summary>Decides what the Dockerfile contains. The only entry point from the MSBuild adapter into the decisions.</summary>
public static class DockerfilePlanner
{
    public const string ToolName = "Slim.Docker.Build";
    public const string PublishOutput = "/app";
    public const string AppDirectory = "/app";
    public const int DefaultHttpPort = 8080;
    public const string DefaultConfiguration = "Release";

    // Command-line properties that change the generated file without being forwarded into the container.
    private static readonly HashSet<string> ShapeTheOutput = new(StringComparer.OrdinalIgnoreCase)
    {
        "TargetFramework",
        "RuntimeIdentifier",
        "ContainerRuntimeIdentifier",
    };

    public static PlanResult Plan(ProjectFacts facts, GenerationOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var app = AppProfileReader.Read(facts, diagnostics);
        var imageName = ReadImageName(facts, diagnostics);
        if (app is null || imageName is null)
        {
            return new PlanResult(null, null, diagnostics);
        }

        var layout = BuildContextResolver.Resolve(facts, options, diagnostics);
        if (layout is null)
        {
            return new PlanResult(null, null, diagnostics);
        }

        var images = BaseImagePolicy.Select(app);
        var forwarded = ForwardedProperties.Select(facts.GlobalProperties)
            .Select(p => ForwardedProperties.ToArgument(p.Key, p.Value));

        // The build in the container must never regenerate, even when the project sets the property itself.
        string[] containerProperties = ["-p:GenerateSlimDockerfile=false", .. forwarded];

        var dockerfileDirectory = Path.GetDirectoryName(layout.DockerfilePath)!;
        var fromDockerfile = PathUtilities.RelativeDockerPath(dockerfileDirectory, layout.ContextDirectory);

        var model = new DockerfileModel
        {
            Tool = new ToolModel(ToolName, options.ToolVersion),
            App = new AppModel
            {
                AssemblyName = app.AssemblyName,
                ProjectFileName = Path.GetFileName(facts.ProjectPath),
                TargetFramework = app.TargetFramework,
                DotnetVersion = app.Version.ToString(),
                Kind = app.Kind == AppKind.Web ? "web" : "console",
                Deployment = app.Deployment switch
                {
                    Deployment.NativeAot => "native-aot",
                    Deployment.SelfContained => "self-contained",
                    _ => "framework-dependent",
                },
                Invariant = app.Invariant,
                Trimmed = app.Trimmed,
                SingleFile = app.SingleFile,
                ReadyToRun = app.ReadyToRun,
                Musl = app.IsMusl,
                RuntimeIdentifier = app.RuntimeIdentifier?.Rid ?? "",
            },
            Context = new ContextModel
            {
                Dockerfile = PathUtilities.RelativeDockerPath(layout.ContextDirectory, layout.DockerfilePath),
                FromDockerfile = fromDockerfile.Length == 0 ? "." : fromDockerfile,
                Project = layout.ProjectPath,
            },
            Build = new BuildStageModel
            {
                Image = images.BuildImage.ToString(),
                CrossTargets = images.BuildCrossTargets,
                PackagesToInstall = [.. images.BuildPackagesToInstall],
                Platform = app.RuntimeIdentifier?.DockerPlatform ?? "",
            },
            Restore = new RestoreModel
            {
                Inputs = layout.RestoreInputs.Select(g => new RestoreInputModel([.. g.Files], g.Destination)).ToArray(),
                Properties = containerProperties,
            },
            Publish = new PublishModel
            {
                Configuration = ChooseConfiguration(facts, options),
                Framework = facts.GlobalProperties.ContainsKey("TargetFramework") ? app.TargetFramework : "",
                Output = PublishOutput,
            },
            Final = new FinalStageModel
            {
                Image = images.FinalImage.ToString(),
                Repository = images.FinalImage.ShortName,
                Distroless = images.FinalIsDistroless,
                HasGlobalizationData = images.FinalHasGlobalizationData,
                PackagesToInstall = [.. images.FinalPackagesToInstall],
                SetsUser = !images.FinalIsDistroless,
                WorkingDirectory = AppDirectory,
                Ports = app.Kind == AppKind.Web ? [DefaultHttpPort] : [],
                Entrypoint = app.HasOwnRuntime ? ["./" + app.AssemblyName] : ["dotnet", app.AssemblyName + ".dll"],
            },
            ImageName = imageName,
            RegenerateArguments = RegenerateArguments(facts.GlobalProperties),
        };

        return new PlanResult(model, layout, diagnostics);
    }

    private static string ChooseConfiguration(ProjectFacts facts, GenerationOptions options)
    {
        if (options.Configuration.Trim().Length > 0)
        {
            return options.Configuration.Trim();
        }

        return facts.GlobalProperties.TryGetValue("Configuration", out var configuration) && configuration.Trim().Length > 0
            ? configuration.Trim()
            : DefaultConfiguration;
    }

    /// <summary>
    /// The properties that reproduce this file: those forwarded into the container, the package's own, and the
    /// ones that shape the output. Configuration only when it is not the default, so that dotnet publish
    /// (which passes Configuration=Release) and dotnet build -t:GenerateSlimDockerfile write the same file.
    /// </summary>
    private static string[] RegenerateArguments(IReadOnlyDictionary<string, string> globalProperties) =>
        globalProperties
            .Where(p => ForwardedProperties.IsForwarded(p.Key)
                || ShapeTheOutput.Contains(p.Key)
                || (p.Key.StartsWith("SlimDockerfile", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("SlimDockerfileTaskAssembly", StringComparison.OrdinalIgnoreCase))
                || (p.Key.Equals("Configuration", StringComparison.OrdinalIgnoreCase) && !p.Value.Equals(DefaultConfiguration, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => ForwardedProperties.ToArgument(p.Key, p.Value))
            .ToArray();

    private static string? ReadImageName(ProjectFacts facts, List<Diagnostic> diagnostics)
    {
        var repository = facts.ContainerRepository.Trim();
        if (repository.Length == 0)
        {
            return ImageName.FromAssemblyName(facts.AssemblyName.Trim());
        }

        if (ImageName.IsValidRepository(repository))
        {
            return repository;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidRepositoryName,
            $"ContainerRepository '{repository}' is not a valid image repository name: use lower-case letters, digits and the separators '.', '_', '-' and '/', " +
            $"e.g. '{ImageName.FromAssemblyName(repository)}'.",
            facts.ProjectPath));
        return null;
    }
}
