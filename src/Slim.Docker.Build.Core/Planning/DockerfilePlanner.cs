using Slim.Docker.Build.Compose;
using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Explaining;
using Slim.Docker.Build.FrontEnds;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Needs;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;
using Slim.Docker.Build.WebAssembly;

namespace Slim.Docker.Build.Planning;

/// <summary>Decides what the Dockerfile contains. The only entry point from the MSBuild adapter into the decisions.</summary>
public static class DockerfilePlanner
{
    public const string ToolName = "Slim.Docker.Build";
    public const int DefaultHttpPort = 8080;
    public const string DefaultConfiguration = "Release";
    public const string ToolsPath = "/tools";

    /// <summary>The diagnostic tools of the debug stage.</summary>
    public static readonly string[] DebugTools = ["dotnet-counters", "dotnet-dump", "dotnet-trace"];

    // The package's switches that say how to write (or check), not what: the file must not depend on them.
    private static readonly HashSet<string> NotInRegenerateCommand = new(StringComparer.OrdinalIgnoreCase)
    {
        "SlimDockerfileTaskAssembly",
        "SlimDockerfileCheck",
        "SlimDockerfileOverwrite",
        "SlimDockerfileSkipNonApps",
    };

    // Command-line properties that change the generated file without being forwarded into the container.
    private static readonly HashSet<string> ShapeTheOutput = new(StringComparer.OrdinalIgnoreCase)
    {
        "TargetFramework",
        "RuntimeIdentifier",
        "ContainerRuntimeIdentifier",
    };

    /// <param name="facts">What MSBuild evaluated.</param>
    /// <param name="toolVersion">This package's version, for the header.</param>
    public static PlanResult Plan(ProjectFacts facts, string toolVersion = "")
    {
        // Every setting is read before anything else, so that one run reports all the mistakes it can.
        var diagnostics = new DiagnosticBag(facts.ProjectPath);
        if (ProjectKinds.SkipReason(facts, diagnostics) is { } skipped)
        {
            return new PlanResult(null, null, diagnostics.All) { Skipped = skipped };
        }

        if (diagnostics.HasErrors)
        {
            return new PlanResult(null, null, diagnostics.All);
        }

        var assets = ReadAssets(facts, diagnostics);
        var app = AppProfileReader.Read(facts, diagnostics);
        var target = ImageTargetReader.Read(facts, diagnostics);
        var container = app is null ? null : ContainerSettingsReader.Read(facts, app, diagnostics);
        var dockerfile = DockerfileSettingsReader.Read(facts, diagnostics);
        var labelSettings = LabelReader.Read(facts, diagnostics);
        var sdk = app is null ? null : SdkVersionPolicy.Choose(app, facts.TargetFrameworks, ReadGlobalJson(facts));
        app = app is null || sdk is null || sdk.Version == app.Version ? app : app with { SdkVersion = sdk.Version };
        var site = app?.Kind == AppKind.BlazorWebAssembly;
        var needs = app is null || site ? AppNeeds.None : ReadNeeds(facts, assets, app, dockerfile?.OsFeatures ?? []);
        var images = app is null || container is null || dockerfile is null ? null
            : site ? ImagePlanner.ForStaticSite(app, container.BaseImage ?? StaticSitePolicy.DefaultServer, container.BaseImage is not null, dockerfile, diagnostics)
            : ImagePlanner.Plan(app, needs, container, dockerfile, diagnostics);
        var frontEnd = app is null ? null : FrontEndPlanner.Plan(facts, app, diagnostics);
        var forwarded = ForwardedPropertiesReader.Read(facts, diagnostics);
        var configuration = ReadConfiguration(facts, diagnostics);
        if (app is null || sdk is null || target is null || container is null || dockerfile is null || labelSettings is null || images is null || forwarded is null || configuration is null)
        {
            return new PlanResult(null, null, diagnostics.All);
        }

        if (sdk.PinnedSdkVersion is { } pinned && !images.BuildImageFromProject)
        {
            WarnFloatingSdkTag(facts, sdk, pinned, images.BuildImage, diagnostics);
        }

        var layout = BuildContextResolver.Resolve(facts, diagnostics, assets.ProjectReferences(facts.ProjectDirectory), frontEnd?.Signals.Folders);
        var node = layout is null || frontEnd is null ? null : FrontEndStages.Node(frontEnd, layout, images, dockerfile, diagnostics);
        if (layout is null || (frontEnd is not null && node is null))
        {
            return new PlanResult(null, null, diagnostics.All);
        }

        var staticSite = site ? StaticSitePlanner.Plan(facts, app, container, dockerfile, layout, diagnostics) : null;
        if (site && staticSite is null)
        {
            return new PlanResult(null, null, diagnostics.All);
        }

        // The build in the container must never regenerate, even when the project sets the property itself.
        string[] containerProperties = ["-p:GenerateSlimDockerfile=false", .. forwarded];

        var dockerfileDirectory = Path.GetDirectoryName(layout.DockerfilePath)!;
        var fromDockerfile = PathUtilities.RelativeDockerPath(dockerfileDirectory, layout.ContextDirectory);

        var debugImage = images.DebugImage?.ToString() ?? "";
        string[] debugTools = staticSite is null ? DebugTools : [];
        var imageName = target.References[0];
        var labels = LabelPlanner.Plan(app, labelSettings, container.Labels, images.FinalImage);
        var output = OutputPlanner.Plan(app, dockerfile, container.WorkingDirectory);
        var model = new DockerfileModel
        {
            Tool = new ToolModel(ToolName, toolVersion),
            Header = new HeaderModel
            {
                // One image for several platforms needs buildx: the classic builder builds one platform at a time.
                BuildCommand = app.Platforms.Count > 1 ? "docker buildx build" : "docker build",
                Push = target.Registry.Length > 0,
                SecretWhy = HeaderExplainer.SecretFile(dockerfile),
                MirrorWhy = HeaderExplainer.Mirror(dockerfile),
                PlatformsWhy = HeaderExplainer.Platforms(app, target),
                BuildArgs = [.. labels.HeaderBuildArgs, OutputPlanner.SourceDateEpochHeaderArg],
            },
            App = new AppModel
            {
                AssemblyName = app.AssemblyName,
                ProjectFileName = Path.GetFileName(facts.ProjectPath),
                TargetFramework = app.TargetFramework,
                DotnetVersion = app.Version.ToString(),
                Kind = app.Kind switch
                {
                    AppKind.Web => "web",
                    AppKind.BlazorWebAssembly => "blazor-webassembly",
                    _ => "console",
                },
                Deployment = staticSite is not null ? "static" : app.Deployment switch
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
                // dotnet and MSBuild read an argument that starts with '-' as an option, even from a folder name.
                Project = layout.ProjectPath.StartsWith('-') ? "./" + layout.ProjectPath : layout.ProjectPath,
                Why = HeaderExplainer.Context(layout.Reasons),
                IncludedFeeds = [.. layout.IncludedFeeds],
            },
            Build = new BuildStageModel
            {
                Image = images.BuildImage.ToString(),
                CrossTargets = images.BuildCrossTargets,
                PackagesToInstall = [.. images.BuildPackagesToInstall],
                Platform = string.Join(",", app.Platforms.Select(p => p.DockerPlatform).Distinct()),
                ImageFromProject = images.BuildImageFromProject,
                Args = dockerfile.BuildArgs.Select(a => new BuildArgModel(a.Name, a.DefaultValue ?? "", a.DefaultValue is not null)).ToArray(),
                CacheMounts = dockerfile.CacheMounts,
                Why = BuildStageExplainer.Image(images, images.BuildImageFromProject ? [] : sdk.Explanation, platformIndependent: staticSite is not null),
                ArgsWhy = BuildStageExplainer.Arguments(dockerfile),
                ToolchainWhy = BuildStageExplainer.Toolchain(app, images),
                PackageManager = app.IsMusl ? "apk" : "apt-get",
            },
            Restore = new RestoreModel
            {
                Inputs = layout.RestoreInputs.Select(g => new RestoreInputModel([.. g.Files], g.Destination)).ToArray(),
                Properties = containerProperties,
                NugetConfigSecret = dockerfile.NuGetConfigSecret ?? "",
                Why = BuildStageExplainer.Restore(dockerfile),
                SecretWhy = BuildStageExplainer.Secret(dockerfile),
            },
            Publish = new PublishModel
            {
                Configuration = configuration,
                Framework = facts.GlobalProperties.ContainsKey("TargetFramework") ? app.TargetFramework : "",
                Output = output.PublishOutput,
                Properties = output.Split ? [$"-p:{KnownStrings.SlimProperties.PackagesLayerDir}={output.PackagesDirectory}"] : [],
                PackagesDirectory = output.PackagesDirectory,
                AppRoot = output.AppRoot,
                PackagesRoot = output.PackagesRoot,
                SymbolPatterns = [.. output.SymbolPatterns],
                SymbolsDirectory = output.SymbolsDirectory,
                Why = BuildStageExplainer.Publish(dockerfile),
                LayersWhy = OutputExplainer.PublishLayers(output),
                SymbolsWhy = OutputExplainer.Symbols(app, output),
                TimestampsWhy = OutputExplainer.Timestamps(output),
            },
            Final = staticSite is null
                ? FinalStage(app, images, container, dockerfile, labels, imageName, output)
                : StaticSiteStages.Final(images, container, dockerfile, staticSite, labels, imageName),
            Debug = new DebugStageModel
            {
                Image = debugImage,
                Tools = debugTools,
                ToolsPath = ToolsPath,
                User = container.User ?? "$APP_UID",
                SymbolsDestination = output.SymbolsDirectory.Length > 0 ? output.SymbolsDestination : "",
                Why = staticSite is null ? DebugStageExplainer.Why(debugImage, DebugTools) : [],
            },
            Site = staticSite is null ? null : StaticSiteStages.Site(staticSite, layout),
            Node = node,
            ImageName = imageName,
            ImageTags = [.. target.References],
            RegenerateArguments = RegenerateArguments(facts.GlobalProperties),
            RegistryMirror = dockerfile.RegistryMirror ?? "",
        };

        return new PlanResult(model, layout, diagnostics.All)
        {
            Compose = dockerfile.Compose
                ? ComposeServicePlanner.Plan(imageName, model.Context.Dockerfile, images, container)
                : null,

            // A static site's image holds its wwwroot on a web server, not the publish output's layers.
            SizePlan = staticSite is null ? SizeReportPlanner.Plan(app, images, output) : null,
        };
    }

    private static FinalStageModel FinalStage(
        AppProfile app, ImageSelection images, ContainerSettings container, DockerfileSettings dockerfile, LabelPlan labels, string imageName, OutputLayout output)
    {
        // Distroless images already run as the non-root user app; the others define it and leave the switch to
        // the Dockerfile. ContainerUser always gets its USER, like the SDK writes it into the image config.
        var user = container.User ?? (images.FinalIsDistroless ? "" : "$APP_UID");
        var entry = container.Entry;
        return new FinalStageModel
        {
            Image = images.FinalImage.ToString(),
            Repository = images.FinalImage.ShortName,
            ChosenBy = images.FinalSource switch
            {
                FinalImageSource.Family => "family",
                FinalImageSource.BaseImage => "base-image",
                _ => "policy",
            },
            Family = images.FinalVariant,
            RequestedFamily = container.RequestedFamily,
            Distroless = images.FinalIsDistroless,
            HasGlobalizationData = images.FinalHasGlobalizationData,
            PackagesToInstall = images.FinalPackagesToInstall.Concat(images.FinalOsPackages).Distinct(StringComparer.Ordinal).ToArray(),
            InstallsGlobalizationData = images.FinalPackagesToInstall.Count > 0,
            OsPackages = [.. images.FinalOsPackages],
            PackageManager = images.FinalPackageManager switch
            {
                PackageManager.AptGet => "apt-get",
                PackageManager.Apk => "apk",
                PackageManager.Tdnf => "tdnf",
                _ => "",
            },
            InsteadOf = images.FinalReplacedDistroless is { } replaced ? replaced.ToString() : "",
            SetsUser = user.Length > 0,
            User = user,
            UserFromProject = container.User is not null,
            WorkingDirectory = container.WorkingDirectory,
            Ports = container.Ports.Select(p => new PortModel(p.Number, p.Protocol, p.Spec)).ToArray(),
            PortsFrom = container.PortSource switch
            {
                PortSource.ContainerPort => "container-port",
                PortSource.Environment => "environment",
                _ => "default",
            },
            Environment = container.EnvironmentVariables.Select(v => new NameValueModel(v.Name, v.Value)).ToArray(),
            Labels = labels.Labels.Select(l => new LabelModel(l.Name, l.Value, l.Arg ?? "")).ToArray(),
            LabelArgs = labels.Arguments.Select(a => new BuildArgModel(a.Name, a.DefaultValue ?? "", a.DefaultValue is not null)).ToArray(),
            AppCommandInstruction = entry.Instruction.ToString(),
            SetsEntrypoint = entry.Entrypoint is not null,
            Entrypoint = [.. entry.Entrypoint ?? []],
            AppCommandArgs = [.. container.AppCommandArgs],
            // ENTRYPOINT clears the base image's CMD; without one, only a CMD of its own does (the SDK never keeps it).
            SetsCommand = entry.Command.Count > 0 || entry.Entrypoint is null,
            Command = [.. entry.Command],
            Layers = output.Layers.Select(l => new LayerModel(l.Name, l.Source, l.Destination)).ToArray(),
            LayersWhy = OutputExplainer.FinalLayers(app, output, container.WorkingDirectory),
            CopyLink = dockerfile.CopyLink,
            Needs = images.FinalNeeds.Select(n => new NeedModel(n.Library, n.NeededBy, n.Package)).ToArray(),
            Why = FinalImageExplainer.Why(app, images, container),
            PackagesWhy = FinalStageExplainer.Packages(images),
            CopyWhy = FinalStageExplainer.Copy(dockerfile),
            EnvironmentWhy = FinalStageExplainer.Environment(container),
            LabelsWhy = FinalStageExplainer.Labels(labels),
            UserWhy = FinalStageExplainer.User(images, container, user.Length > 0),
            PortsWhy = FinalStageExplainer.Ports(container),
            EntrypointWhy = FinalStageExplainer.Entrypoint(app, container, images),
            CommandWhy = FinalStageExplainer.Command(container, imageName),
        };
    }

    /// <summary>
    /// The native libraries and packages of the restore output, for the image's platform: the project's RID, else the
    /// portable glibc or musl assets of x64 (the architecture a plain docker build targets on most machines).
    /// </summary>
    private static AppNeeds ReadNeeds(ProjectFacts facts, ProjectAssets assets, AppProfile app, IReadOnlyList<string> features)
    {
        var rid = facts.RuntimeIdentifier.Trim();
        var restored = assets.ForPlatform(app.TargetFramework, rid.Length == 0 ? null : rid, app.RuntimeIdentifier?.Architecture ?? "x64", app.IsMusl);
        return NeedsAnalyzer.Analyze(restored, app.Invariant, features);
    }

    /// <summary>
    /// The restore output, read once for the reference closure and the native libraries. A project that was never
    /// restored has none: generation still works from the direct references.
    /// </summary>
    private static ProjectAssets ReadAssets(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var path = facts.ProjectAssetsFile.Trim();
        if (path.Length == 0 || !File.Exists(path))
        {
            return ProjectAssets.Empty;
        }

        if (ProjectAssetsReader.Read(path, out var error) is { } assets)
        {
            return assets;
        }

        diagnostics.Warning(
            DiagnosticCodes.UnreadableAssetsFile,
            $"Cannot read '{path}' ({error}), so only the direct project references are copied into the restore layer, and the native libraries " +
            "the app ships were not checked against the base image. Run 'dotnet restore' and try again.",
            path);
        return ProjectAssets.Empty;
    }

    /// <summary>The global.json the dotnet host reads for the project, up to the repository root; null when there is none.</summary>
    private static GlobalJson? ReadGlobalJson(ProjectFacts facts) =>
        RestoreInputFinder.FindGlobalJson(facts.ProjectDirectory, RepositoryRoot.Find(facts.ProjectDirectory)) is { } path ? GlobalJsonReader.Read(path) : null;

    /// <summary>
    /// Microsoft's sdk:&lt;major.minor&gt; tag carries the newest feature band: a global.json that stays within an older
    /// one (rollForward patch, latestPatch or disable) then stops the first dotnet command. The fixed-version tag does not.
    /// </summary>
    private static void WarnFloatingSdkTag(ProjectFacts facts, SdkVersionChoice sdk, string pinned, ImageReference buildImage, DiagnosticBag diagnostics)
    {
        var versionText = sdk.Version.ToString();
        var fixedTag = buildImage.Tag.StartsWith(versionText, StringComparison.Ordinal) ? pinned + buildImage.Tag[versionText.Length..] : pinned;
        var suggested = ImageReference.DotNet("sdk", fixedTag);
        var globalJson = RestoreInputFinder.FindGlobalJson(facts.ProjectDirectory, RepositoryRoot.Find(facts.ProjectDirectory))!;
        diagnostics.Warning(
            DiagnosticCodes.SdkPinNotMetByImageTag,
            $"global.json pins the .NET SDK to {pinned} with a rollForward that stays within its feature band, but the build image '{buildImage}' " +
            $"carries the newest SDK of .NET {versionText}, which moves to each new feature band: its dotnet would then refuse to run. " +
            $"Set {KnownStrings.SlimProperties.SdkImage}={suggested} (Microsoft tags every SDK release with its version), " +
            "or let global.json roll forward to newer feature bands (\"rollForward\": \"latestFeature\").",
            globalJson);
    }

    private static string? ReadConfiguration(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var configuration = ChooseConfiguration(facts);
        if (ValueRules.CanBeWritten(configuration))
        {
            return configuration;
        }

        ValueRules.ValueCannotBeWritten(diagnostics, $"The configuration '{ValueRules.Visible(configuration)}' (SlimDockerfileConfiguration, or -c)", "Name the configuration on one line, e.g. Release.");
        return null;
    }

    private static string ChooseConfiguration(ProjectFacts facts)
    {
        var configuration = facts.Property(KnownStrings.SlimProperties.Configuration).Trim();
        if (configuration.Length > 0)
        {
            return configuration;
        }

        return facts.GlobalProperties.TryGetValue(KnownStrings.ProjectProperties.Configuration, out var global) && global.Trim().Length > 0
            ? global.Trim()
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
                || (p.Key.StartsWith("SlimDockerfile", StringComparison.OrdinalIgnoreCase) && !NotInRegenerateCommand.Contains(p.Key))
                || (p.Key.Equals("Configuration", StringComparison.OrdinalIgnoreCase) && !p.Value.Equals(DefaultConfiguration, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => ForwardedProperties.ToArgument(p.Key, p.Value))
            .ToArray();
}
