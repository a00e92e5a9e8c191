using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.WebAssembly;

/// <summary>
/// Decides how a standalone Blazor WebAssembly app is served: ports, caching, compression and the configuration file,
/// and says which container settings have no meaning for a static site.
/// </summary>
public static class StaticSitePlanner
{
    public static StaticSite? Plan(ProjectFacts facts, AppProfile app, ContainerSettings container, DockerfileSettings dockerfile, BuildContextLayout layout, DiagnosticBag diagnostics)
    {
        WarnAboutSettingsThatDoNotApply(facts, dockerfile, diagnostics);
        WarnAboutWorkload(facts, diagnostics);

        var dockerfileDirectory = Path.GetDirectoryName(layout.DockerfilePath)!;
        var configuration = Path.Combine(dockerfileDirectory, StaticSitePolicy.ConfigurationFileName(Path.GetFileName(layout.DockerfilePath)));
        if (!PathUtilities.IsUnder(configuration, layout.ContextDirectory))
        {
            diagnostics.Error(
                DiagnosticCodes.SiteConfigurationOutsideContext,
                $"The web server's configuration is generated next to the Dockerfile, as '{configuration}', and the Dockerfile copies it into the image, " +
                $"but that is outside the build context '{layout.ContextDirectory}'. Put the Dockerfile inside the build context " +
                "(SlimDockerfileOutputPath), or widen the context (SlimDockerfileContext).");
            return null;
        }

        var fromProject = container.PortSource == PortSource.ContainerPort && container.Ports.Any(p => p.Protocol == ContainerPort.Tcp);
        return new StaticSite
        {
            Ports = fromProject ? container.Ports : [new ContainerPort(StaticSitePolicy.DefaultPort, ContainerPort.Tcp)],
            PortsFromProject = fromProject,
            FingerprintedFiles = StaticSitePolicy.FingerprintedFiles(app.Version),
            // A web server the project chose may serve Brotli; the default one cannot.
            RemovesBrotliFiles = container.BaseImage is null,
            ConfigurationFile = configuration,
        };
    }

    private static void WarnAboutSettingsThatDoNotApply(ProjectFacts facts, DockerfileSettings dockerfile, DiagnosticBag diagnostics)
    {
        List<string> ignored = [];
        if (facts.ContainerFamily.Trim().Length > 0)
        {
            ignored.Add($"ContainerFamily '{facts.ContainerFamily.Trim()}' (a variant of .NET's images)");
        }

        if (facts.ContainerWorkingDirectory.Trim().Length > 0)
        {
            ignored.Add($"ContainerWorkingDirectory (the files go to {StaticSitePolicy.DocumentRoot})");
        }

        if (facts.ContainerAppCommandArgs.Count > 0 || facts.ContainerDefaultArgs.Count > 0)
        {
            ignored.Add("ContainerAppCommandArgs and ContainerDefaultArgs (the web server's image starts nginx itself)");
        }

        if (dockerfile.OsPackages.Count > 0)
        {
            ignored.Add("SlimDockerfileOsPackages (nothing of the app runs on the server)");
        }

        if (ignored.Count > 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.SettingDoesNotApplyToStaticSite,
                $"This standalone Blazor WebAssembly app is served as static files by a web server, so these settings are ignored: {string.Join("; ", ignored)}. " +
                "Remove them, or name another web server image with ContainerBaseImage.");
        }
    }

    private static void WarnAboutWorkload(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var reader = new PropertyReader(facts, new DiagnosticBag(facts.ProjectPath));
        var needing = new[] { KnownStrings.ProjectProperties.RunAOTCompilation, KnownStrings.ProjectProperties.WasmBuildNative }
            .Where(p => reader.Boolean(p) == true)
            .ToList();
        if (needing.Count > 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.WebAssemblyNeedsWorkload,
                $"{string.Join(" and ", needing.Select(p => p + "=true"))} needs the wasm-tools workload, which the SDK image does not have: dotnet publish " +
                "in the container fails with NETSDK1147. Install it in the build stage before the restore (e.g. 'RUN apt-get update && apt-get install -y " +
                "python3 && dotnet workload install wasm-tools'; the edited Dockerfile is then yours), or turn the property off for the container build.");
        }
    }
}
