using Slim.Docker.Build.Compose;
using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Rendering;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Generation;

/// <summary>Plan, render, write: the whole generation, in the order that makes failures harmless.</summary>
public static class DockerfileGenerator
{
    public static GenerationResult Generate(GenerationRequest request)
    {
        var facts = request.Project;
        var diagnostics = new DiagnosticBag(facts.ProjectPath);

        var plan = DockerfilePlanner.Plan(facts, request.ToolVersion);
        diagnostics.AddRange(plan.Diagnostics);
        if (plan.Skipped is not null)
        {
            return new GenerationResult(diagnostics.All, [], null) { Skipped = plan.Skipped };
        }

        if (!plan.Succeeded)
        {
            return new GenerationResult(diagnostics.All, [], plan.Model);
        }

        var model = plan.Model!;
        var layout = plan.Layout!;
        var templates = new TemplateLocator(request.ShippedTemplatesDirectory, TemplatesOverrideDirectory(facts));
        if (!templates.Validate(diagnostics))
        {
            return new GenerationResult(diagnostics.All, [], model);
        }

        // Render everything before writing anything: a template error must not leave a half-updated pair.
        var dockerfile = RenderTemplate(templates, TemplateLocator.DockerfileTemplate, model, diagnostics);
        var dockerIgnore = RenderTemplate(templates, TemplateLocator.DockerIgnoreTemplate, model, diagnostics);
        var siteConfiguration = model.Site is null ? null : RenderTemplate(templates, TemplateLocator.NginxConfigurationTemplate, model, diagnostics);

        // compose.yaml is read, merged and written under a lock: the apps of a solution generate in parallel.
        using var composeLock = plan.Compose is null ? null : LockCompose(layout, diagnostics);
        var compose = plan.Compose is { } service && composeLock is not null ? RenderCompose(templates, model, layout, service, diagnostics) : null;
        if (dockerfile is null || dockerIgnore is null || (model.Site is not null && siteConfiguration is null) || (plan.Compose is not null && compose is null))
        {
            return new GenerationResult(diagnostics.All, [], model);
        }

        var switches = new PropertyReader(facts, diagnostics);
        var overwrite = switches.Boolean(KnownStrings.SlimProperties.Overwrite) == true;
        var check = switches.Boolean(KnownStrings.SlimProperties.Check) == true;
        if (diagnostics.HasErrors)
        {
            return new GenerationResult(diagnostics.All, [], model);
        }

        List<GeneratedFile> outputs = [new(layout.DockerfilePath, dockerfile), new(layout.DockerIgnorePath, dockerIgnore)];
        if (model.Site is { } site)
        {
            // Beside the Dockerfile, which copies it: the same checksum line and edit safety as the Dockerfile.
            outputs.Add(new(Path.Combine(layout.ContextDirectory, site.ConfigurationFile), siteConfiguration!));
        }

        if (compose is not null)
        {
            outputs.Add(new(layout.ComposePath, compose));
        }

        if (check)
        {
            return new GenerationResult(diagnostics.All, GeneratedFileSet.Check(outputs, diagnostics), model) { SizePlan = plan.SizePlan };
        }

        var files = GeneratedFileSet.Write(outputs, overwrite, diagnostics);
        var ignoreResult = files[1];
        if (ignoreResult.Outcome == WriteOutcome.KeptUserFile && !DockerIgnoreCheck.ExcludesBuildOutput(File.ReadAllText(layout.DockerIgnorePath)))
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.DockerIgnoreMissesBuildOutput,
                $"'{layout.DockerIgnorePath}' does not exclude **/bin/ and **/obj/. 'COPY . .' would then copy the host's obj/project.assets.json " +
                "over the one restored in the image and publish fails (NETSDK1047). Add the lines '**/bin/' and '**/obj/' to it.",
                layout.DockerIgnorePath));
        }

        return new GenerationResult(diagnostics.All, files, model) { SizePlan = plan.SizePlan };
    }

    private static string? RenderTemplate(TemplateLocator templates, string name, DockerfileModel model, DiagnosticBag diagnostics)
    {
        var source = templates.Find(name, diagnostics);
        return source is null ? null : TemplateRenderer.Render(source, model, diagnostics, templates);
    }

    private static FileLock? LockCompose(BuildContextLayout layout, DiagnosticBag diagnostics)
    {
        var composeLock = FileLock.Acquire(layout.ComposePath, TimeSpan.FromMinutes(1));
        if (composeLock is null)
        {
            diagnostics.Error(
                DiagnosticCodes.CannotWriteOutput,
                $"Cannot lock '{layout.ComposePath}' to merge this app's service into it: another build held it for a minute, or its folder " +
                "is not writable. Build again, or remove SlimDockerfileCompose.",
                layout.ComposePath);
        }

        return composeLock;
    }

    /// <summary>
    /// compose.yaml: the services already in the file (of the other apps of the context), with this app's in its place.
    /// A hand-edited file is read too (its data lines), but the writer keeps it and writes compose.yaml.generated.
    /// </summary>
    private static string? RenderCompose(TemplateLocator templates, DockerfileModel model, BuildContextLayout layout, ComposeService service, DiagnosticBag diagnostics)
    {
        var existing = File.Exists(layout.ComposePath) ? File.ReadAllText(layout.ComposePath) : null;
        var services = ComposeFile.Merge(existing, service);
        var hostPorts = ComposeFile.HostPorts(services);
        var compose = new ComposeModel
        {
            Tool = model.Tool,
            Services = services.Select(s => new ComposeServiceModel
            {
                Name = s.Name,
                Data = ComposeFile.Data(s),
                Dockerfile = s.Dockerfile,
                Image = s.Image,
                Ports = [.. hostPorts[s.Name]],
                Environment = [.. s.Environment.Select(e => new NameValueModel(e.Key, e.Value))],
                HealthCheck = [.. s.HealthCheck],
                HealthCheckWhy = s.HealthCheckWhy,
            }).ToArray(),
        };
        var source = templates.Find(TemplateLocator.ComposeTemplate, diagnostics);
        return source is null ? null : TemplateRenderer.Render(source, compose, diagnostics);
    }

    /// <summary>SlimDockerfileTemplatesDirectory, relative to the project's folder; null when unset.</summary>
    private static string? TemplatesOverrideDirectory(ProjectFacts facts)
    {
        var folder = facts.Property(KnownStrings.SlimProperties.TemplatesDirectory).Trim();
        return folder.Length == 0 ? null : SafePath.Full(folder, facts.ProjectDirectory) ?? folder;
    }
}
