using Microsoft.Build.Framework;
using Slim.Docker.Build.Reporting;

namespace Slim.Docker.Build.Tasks;

/// <summary>
/// After dotnet publish: measures the publish folder, the one honest size of what the image will carry, and logs it
/// with the final base image's size from the shipped table.
/// </summary>
public sealed class ReportSlimImageSize : Microsoft.Build.Utilities.Task
{
    [Required]
    public string PublishDirectory { get; set; } = "";

    [Required]
    public string FinalImage { get; set; } = "";

    public override bool Execute()
    {
        try
        {
            var bytes = Directory.Exists(PublishDirectory)
                ? Directory.EnumerateFiles(PublishDirectory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
                : 0;
            Log.LogMessage(MessageImportance.High, SizeReport.DescribePublished(FinalImage, bytes));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A report is not worth failing a publish for.
            Log.LogMessage(MessageImportance.High, $"Slim.Docker.Build: publish output size n/a ({exception.Message})");
        }

        return true;
    }
}
