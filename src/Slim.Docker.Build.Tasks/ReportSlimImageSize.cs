using Microsoft.Build.Framework;
using Slim.Docker.Build.Reporting;

namespace Slim.Docker.Build.Tasks;

/// <summary>
/// After dotnet publish: measures the publish folder as the image's layers (compressed, like a registry stores them)
/// and logs them with the base image's size and the smaller choices the app allows, from the plan GenerateSlimDockerfile
/// registered with the build engine.
/// </summary>
public sealed class ReportSlimImageSize : Microsoft.Build.Utilities.Task
{
    [Required]
    public string PublishDirectory { get; set; } = "";

    /// <summary>The key GenerateSlimDockerfile registered the plan under (its SizeReportKey output).</summary>
    [Required]
    public string SizeReportKey { get; set; } = "";

    /// <summary>The published files NuGet resolved from packages, relative to the publish folder: the packages layer.</summary>
    public ITaskItem[] PackageFiles { get; set; } = [];

    public override bool Execute()
    {
        if ((BuildEngine as IBuildEngine4)?.GetRegisteredTaskObject(SizeReportKey, RegisteredTaskObjectLifetime.Build) is not SizeReportPlan plan)
        {
            Log.LogMessage(MessageImportance.High, "Slim.Docker.Build: estimated image size n/a (the plan of the generation is not available to this task)");
            return true;
        }

        try
        {
            var layers = PublishedLayers.Measure(PublishDirectory, PackageFiles.Select(f => f.ItemSpec).ToList(), plan.Split, plan.SymbolPatterns);
            Log.LogMessage(MessageImportance.High, SizeReport.DescribePublished(plan, layers));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A report is not worth failing a publish for.
            Log.LogMessage(MessageImportance.High, $"Slim.Docker.Build: estimated image size n/a ({exception.Message})");
        }

        return true;
    }
}
