using System.Collections.Immutable;
using System.Reflection;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.FrontEnds;
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

    /// <summary>The project's properties the generator reads: Include is the name (see KnownStrings), metadata Value the value.</summary>
    public ITaskItem[] Properties { get; set; } = [];

    /// <summary>The project's items the generator reads, with their custom metadata; metadata SlimItemType names their item type.</summary>
    public ITaskItem[] Items { get; set; } = [];

    [Required]
    public string TemplatesDirectory { get; set; } = "";

    /// <summary>The files written (or kept), for targets that run after this one.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = [];

    /// <summary>
    /// The key under which the plan of the size report after publish is registered with the build engine (for
    /// <see cref="ReportSlimImageSize"/>); empty when nothing was generated.
    /// </summary>
    [Output]
    public string SizeReportKey { get; private set; } = "";

    public override bool Execute()
    {
        try
        {
            var facts = ReadFacts();
            var result = DockerfileGenerator.Generate(new GenerationRequest
            {
                // Reading the targets evaluates the project again (hundreds of milliseconds): only where a front end may be.
                Project = FrontEndDetector.MayHaveFrontEnd(facts) ? facts with { Targets = ReadTargets(facts) } : facts,
                ShippedTemplatesDirectory = TemplatesDirectory,
                ToolVersion = ToolVersion(),
            });

            foreach (var diagnostic in result.Diagnostics)
            {
                Report(diagnostic);
            }

            if (result.Skipped is { } skipped)
            {
                // One line, no warning: a solution build skips its libraries and test projects as a matter of course.
                Log.LogMessage(MessageImportance.High, $"Slim.Docker.Build: skipped {skipped}");
            }

            foreach (var file in result.Files)
            {
                LogWrite(file);
            }

            if (result.Succeeded && result.Model is { } model)
            {
                Log.LogMessage(MessageImportance.High, SizeReport.Describe(model));
                if (result.SizePlan is { } plan && BuildEngine is IBuildEngine4 engine)
                {
                    // The report runs after publish, in the same build and node: the engine's object cache carries the plan there.
                    SizeReportKey = $"{typeof(SizeReportPlan).FullName}:{ProjectPath}:{Guid.NewGuid():N}";
                    engine.RegisterTaskObject(SizeReportKey, plan, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                }
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
        var globals = (BuildEngine as IBuildEngine6)?.GetGlobalProperties();
        return new ProjectFacts
        {
            ProjectPath = Path.GetFullPath(ProjectPath),
            Properties = Properties.ToImmutableDictionary(p => p.ItemSpec, p => p.GetMetadata(KnownStrings.Metadata.Value), StringComparer.OrdinalIgnoreCase),
            Items = Items
                .GroupBy(i => i.GetMetadata(KnownStrings.Metadata.ItemType), StringComparer.OrdinalIgnoreCase)
                .ToImmutableDictionary(g => g.Key, g => g.Select(ToProjectItem).ToImmutableList(), StringComparer.OrdinalIgnoreCase),
            GlobalProperties = globals is null
                ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(globals, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>The project's targets, for the front-end detection; null (with warning SDB1079) when they cannot be read.</summary>
    private IReadOnlyList<ProjectTarget>? ReadTargets(ProjectFacts facts)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var targets = ProjectTargetsReader.Read(facts.ProjectPath, facts.GlobalProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));
            Log.LogMessage(MessageImportance.Low, $"Slim.Docker.Build: read {targets.Count} targets of the project in {watch.ElapsedMilliseconds} ms.");
            return targets;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
            Report(Diagnostic.Warning(
                DiagnosticCodes.ProjectTargetsUnreadable,
                $"Slim.Docker.Build could not read the project's targets to look for a JavaScript front end that publish builds ({cause.GetType().Name}: {cause.Message}). " +
                "Only SpaRoot and .esproj references are looked at; if publish runs npm, set SpaRoot to the front end's folder.",
                facts.ProjectPath));
            Log.LogMessage(MessageImportance.Low, cause.ToString());
            return null;
        }
    }

    /// <summary>An item as plain data for the Core: the Include and the custom metadata, unescaped.</summary>
    private static ProjectItem ToProjectItem(ITaskItem item) => new(item.ItemSpec, CustomMetadata(item));

    private static Dictionary<string, string> CustomMetadata(ITaskItem item)
    {
        // Only the non-generic IDictionary surface is the same for every MSBuild version: its enumerator yields
        // DictionaryEntry in some and KeyValuePair in others.
        var metadata = item.CloneCustomMetadata();
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in metadata.Keys.OfType<string>().Where(k => !k.Equals(KnownStrings.Metadata.ItemType, StringComparison.OrdinalIgnoreCase)))
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
