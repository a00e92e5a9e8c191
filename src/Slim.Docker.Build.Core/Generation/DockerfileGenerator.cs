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
        if (dockerfile is null || dockerIgnore is null)
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

        var written = new List<Diagnostic>();
        GeneratedFile[] outputs = [new(layout.DockerfilePath, dockerfile), new(layout.DockerIgnorePath, dockerIgnore)];
        if (check)
        {
            var checkedFiles = GeneratedFileSet.Check(outputs, written);
            diagnostics.AddRange(written);
            return new GenerationResult(diagnostics.All, checkedFiles, model) { SizePlan = plan.SizePlan };
        }

        var files = GeneratedFileSet.Write(outputs, overwrite, written);
        diagnostics.AddRange(written);
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
        return source is null ? null : TemplateRenderer.Render(source, model, diagnostics);
    }

    /// <summary>SlimDockerfileTemplatesDirectory, relative to the project's folder; null when unset.</summary>
    private static string? TemplatesOverrideDirectory(ProjectFacts facts)
    {
        var folder = facts.Property(KnownStrings.SlimProperties.TemplatesDirectory).Trim();
        return folder.Length == 0 ? null : Path.GetFullPath(folder, facts.ProjectDirectory);
    }
}
