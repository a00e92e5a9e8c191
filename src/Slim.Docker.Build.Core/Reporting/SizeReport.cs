using System.Globalization;
using System.Text;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;

namespace Slim.Docker.Build.Reporting;

/// <summary>
/// The short block logged at the end of generation: the final base and why, sizes (measured when there is something
/// to measure, from the shipped table otherwise), and every warning about what the app needs.
/// </summary>
public static class SizeReport
{
    public static string Describe(DockerfileModel model, IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Slim.Docker.Build: final image {model.Final.Image}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  why: {Why(model)}");
        var baseSize = BaseSize(model);
        text.AppendLine(CultureInfo.InvariantCulture, $"  base image size: {(baseSize is { } s ? Format(s) : "unknown (not in the shipped table)")}");
        text.AppendLine("  publish output: n/a (no publish; measured after dotnet publish)");
        foreach (var need in model.Final.Needs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  needs: {need.Library} ({need.NeededBy}) -> installs {need.Package}");
        }

        foreach (var warning in diagnostics.Where(d => !d.IsError && d.Code.StartsWith("SDB4", StringComparison.Ordinal)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  warning {warning.Code}: {warning.Message}");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The block logged after publish: the measured publish folder plus the base image's table size.</summary>
    public static string DescribePublished(string finalImage, long publishBytes)
    {
        var published = publishBytes / (1024.0 * 1024.0);
        var reference = ImageReferenceParser.Parse(finalImage, out _);
        var baseSize = reference is null ? null : BaseImageSizes.Find(reference.ShortName, reference.Tag);
        var total = baseSize is null
            ? "unknown (base image not in the shipped table)"
            : string.Create(CultureInfo.InvariantCulture, $"~{baseSize.Megabytes + published:0.#} MB (base {Format(baseSize)} + publish output, uncompressed)");
        return string.Create(CultureInfo.InvariantCulture,
            $"Slim.Docker.Build: publish output {published:0.#} MB; approximate image size on {finalImage}: {total}");
    }

    public static ImageSize? BaseSize(DockerfileModel model) =>
        ImageReferenceParser.Parse(model.Final.Image, out _) is { } image ? BaseImageSizes.Find(image.ShortName, image.Tag) : null;

    private static string Why(DockerfileModel model)
    {
        var final = model.Final;
        if (final.ChosenBy == "base-image")
        {
            return "ContainerBaseImage (used as given)";
        }

        if (model.Site is not null)
        {
            return "a small non-root web server for the static files of a Blazor WebAssembly app";
        }

        var who = final.ChosenBy == "family" ? $"ContainerFamily={final.RequestedFamily}" : "the smallest image that runs the app";
        var what = $"{model.App.Deployment} {model.App.Kind} app, {(model.App.Invariant ? "invariant globalization" : "needs ICU/time zones")}";
        return final.Needs.Length > 0
            ? $"{who} ({what}); full image because native libraries need {string.Join(", ", final.Needs.Select(n => n.Library).Distinct())}"
            : final.InsteadOf.Length > 0 ? $"{who} ({what}); full image for SlimDockerfileOsPackages" : $"{who} ({what})";
    }

    private static string Format(ImageSize size) =>
        string.Create(CultureInfo.InvariantCulture, $"{(size.Approximate ? "~" : "")}{size.Megabytes:0.#} MB compressed{(size.Approximate ? " (approximate)" : " (Microsoft's published size)")}");
}
