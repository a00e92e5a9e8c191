using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Rendering;

namespace Slim.Docker.Build.Generation;

/// <summary>Plan, render, write: the whole generation, in the order that makes failures harmless.</summary>
public static class DockerfileGenerator
{
    public static GenerationResult Generate(GenerationRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        var projectPath = request.Project.ProjectPath;

        var plan = DockerfilePlanner.Plan(request.Project, request.Options);
        diagnostics.AddRange(plan.Diagnostics);
        if (!plan.Succeeded)
        {
            return new GenerationResult(diagnostics, [], plan.Model);
        }

        var model = plan.Model!;
        var layout = plan.Layout!;
        var templates = new TemplateLocator(request.ShippedTemplatesDirectory, request.TemplatesOverrideDirectory);
        if (!templates.Validate(diagnostics, projectPath))
        {
            return new GenerationResult(diagnostics, [], model);
        }

        // Render everything before writing anything: a template error must not leave a half-updated pair.
        var dockerfile = RenderTemplate(templates, TemplateLocator.DockerfileTemplate, model, diagnostics, projectPath);
        var dockerIgnore = RenderTemplate(templates, TemplateLocator.DockerIgnoreTemplate, model, diagnostics, projectPath);
        if (dockerfile is null || dockerIgnore is null)
        {
            return new GenerationResult(diagnostics, [], model);
        }

        var switches = new PropertyReader(diagnostics, projectPath);
        var overwrite = switches.Boolean("SlimDockerfileOverwrite", request.Options.Overwrite) == true;
        var check = switches.Boolean("SlimDockerfileCheck", request.Options.Check) == true;
        if (diagnostics.Any(d => d.IsError))
        {
            return new GenerationResult(diagnostics, [], model);
        }

        GeneratedFile[] outputs = [new(layout.DockerfilePath, dockerfile), new(layout.DockerIgnorePath, dockerIgnore)];
        if (check)
        {
            return new GenerationResult(diagnostics, GeneratedFileSet.Check(outputs, diagnostics), model);
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

        return new GenerationResult(diagnostics, files, model);
    }

    private static string? RenderTemplate(TemplateLocator templates, string name, DockerfileModel model, List<Diagnostic> diagnostics, string projectPath)
    {
        var source = templates.Find(name, diagnostics, projectPath);
        return source is null ? null : TemplateRenderer.Render(source, model, diagnostics);
    }
}
