using Slim.Docker.Build.Context;
using Slim.Docker.Build.Explaining;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Settings;
using Slim.Docker.Build.WebAssembly;

namespace Slim.Docker.Build.Planning;

/// <summary>The model of a standalone Blazor WebAssembly app's final stage and web server configuration.</summary>
internal static class StaticSiteStages
{
    public static FinalStageModel Final(ImageSelection images, ContainerSettings container, DockerfileSettings dockerfile, StaticSite site, LabelPlan labels, string imageName)
    {
        var configurationName = Path.GetFileName(site.ConfigurationFile);
        return new FinalStageModel
        {
            Image = images.FinalImage.ToString(),
            Repository = images.FinalImage.ShortName,
            ChosenBy = images.FinalSource == FinalImageSource.BaseImage ? "base-image" : "policy",
            Family = "",
            RequestedFamily = "",
            Distroless = false,
            HasGlobalizationData = false,
            PackagesToInstall = [],
            InstallsGlobalizationData = false,
            OsPackages = [],
            PackageManager = "",
            InsteadOf = "",
            SetsUser = container.User is not null,
            User = container.User ?? "",
            UserFromProject = container.User is not null,
            WorkingDirectory = StaticSitePolicy.DocumentRoot,
            Ports = site.Ports.Select(p => new PortModel(p.Number, p.Protocol, p.Spec)).ToArray(),
            PortsFrom = site.PortsFromProject ? "container-port" : "default",
            Environment = container.EnvironmentVariables.Select(v => new NameValueModel(v.Name, v.Value)).ToArray(),
            // The image carries the same labels as any app's (title, version, source, ...): they describe the app.
            Labels = labels.Labels.Select(l => new LabelModel(l.Name, l.Value, l.Arg ?? "")).ToArray(),
            LabelArgs = labels.Arguments.Select(a => new BuildArgModel(a.Name, a.DefaultValue ?? "", a.DefaultValue is not null)).ToArray(),
            // The web server image's own ENTRYPOINT and CMD start nginx: the Dockerfile writes neither.
            AppCommandInstruction = "",
            SetsEntrypoint = false,
            SetsCommand = false,
            Entrypoint = [],
            AppCommandArgs = [],
            Command = [],
            CopyLink = dockerfile.CopyLink,
            // static-site.scriban copies the site's files itself: the publish output's layers are not its.
            Layers = [],
            LayersWhy = [],
            Needs = [],
            Why = StaticSiteExplainer.Server(images.FinalSource == FinalImageSource.BaseImage, configurationName, imageName),
            PackagesWhy = [],
            CopyWhy = FinalStageExplainer.Copy(dockerfile),
            EnvironmentWhy = FinalStageExplainer.Environment(container),
            LabelsWhy = FinalStageExplainer.Labels(labels),
            UserWhy = StaticSiteExplainer.User(container.User is not null),
            PortsWhy = StaticSiteExplainer.Ports(site),
            EntrypointWhy = [],
            CommandWhy = [],
        };
    }

    public static StaticSiteModel Site(StaticSite site, BuildContextLayout layout) => new()
    {
        ConfigurationFile = PathUtilities.RelativeDockerPath(layout.ContextDirectory, site.ConfigurationFile),
        ConfigurationFileName = Path.GetFileName(site.ConfigurationFile),
        ConfigurationPath = StaticSitePolicy.ConfigurationPath,
        PublishedFiles = OutputPlanner.DefaultPublishOutput + "/" + StaticSitePolicy.PublishedFolder,
        DocumentRoot = StaticSitePolicy.DocumentRoot,
        RemovesBrotliFiles = site.RemovesBrotliFiles,
        ListenPorts = site.Ports.Where(p => p.Protocol == ContainerPort.Tcp).Select(p => p.Number).ToArray(),
        FingerprintedFiles = site.FingerprintedFiles ?? "",
        BrotliWhy = StaticSiteExplainer.BrotliRemoved(site),
        FilesWhy = StaticSiteExplainer.Files(Path.GetFileName(site.ConfigurationFile)),
        CachingWhy = StaticSiteExplainer.Caching(site),
        CompressionWhy = StaticSiteExplainer.Compression(),
        TypesWhy = StaticSiteExplainer.Types(),
        FallbackWhy = StaticSiteExplainer.Fallback(),
    };
}
