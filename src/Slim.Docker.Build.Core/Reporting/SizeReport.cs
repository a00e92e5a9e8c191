using System.Globalization;
using System.Text;
using Slim.Docker.Build.Model;

namespace Slim.Docker.Build.Reporting;

/// <summary>
/// What the build log says. At generation: which final image and why, in the words of the Dockerfile's comment above
/// its FROM. After dotnet publish: one estimate per layer in one unit, compressed as a registry stores layers (the
/// base from the image catalog, the packages and the app measured by compressing them), and the smaller choices the
/// app allows.
/// </summary>
public static class SizeReport
{
    private const string Prefix = "Slim.Docker.Build: ";

    /// <summary>The generation-time lines: the final image and the explanation of its choice.</summary>
    public static string Describe(DockerfileModel model)
    {
        var text = new StringBuilder();
        text.Append(Prefix).Append("final image ").Append(model.Final.Image);
        foreach (var line in model.Final.Why.SelectMany(w => w.Lines))
        {
            text.Append('\n').Append("  ").Append(line);
        }

        return text.ToString();
    }

    /// <summary>The lines after publish: base, packages, app, total, what stays out, and the what-ifs.</summary>
    public static string DescribePublished(SizeReportPlan plan, PublishedLayers layers)
    {
        var rows = new List<(string Name, string Size, string What)>
        {
            ("base", plan.BaseSize is { } baseSize ? Megabytes(baseSize.Megabytes, baseSize.Approximate) : "unknown",
                plan.FinalImage + (plan.BaseSize is { } known ? known.Approximate ? " (estimate)" : " (Microsoft's published size)" : $" ({plan.BaseSizeUnknown})")),
        };
        if (plan.Split)
        {
            rows.Add(("packages", Megabytes(layers.Packages), $"{Files(layers.Packages.Files)} from NuGet packages"));
            rows.Add(("app", Megabytes(layers.App), $"{Files(layers.App.Files)} of the project and its project references"));
        }
        else
        {
            rows.Add(("app", Megabytes(layers.App), $"{Files(layers.App.Files)}, one layer ({plan.OneLayer})"));
        }

        var published = Mb(layers.Packages.CompressedBytes + layers.App.CompressedBytes);
        rows.Add(("total", plan.BaseSize is { } total ? Megabytes(total.Megabytes + published, total.Approximate) : "unknown",
            plan.BaseSize is null ? $"{Megabytes(published, false)} on top of the base" : ""));

        var width = rows.Max(r => r.Size.Length);
        var text = new StringBuilder(Prefix + "estimated image size, compressed as a registry stores it (from this publish; MB = 10^6 bytes)");
        foreach (var (name, size, what) in rows)
        {
            text.Append('\n').Append(string.Create(CultureInfo.InvariantCulture, $"  {name,-9}{size.PadLeft(width)}  {what}").TrimEnd());
        }

        if (layers.Symbols.Files > 0)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture,
                $"  left out: {Files(layers.Symbols.Files, "symbol file")}, {Megabytes(Mb(layers.Symbols.Bytes), false)} unpacked ({string.Join(", ", plan.SymbolPatterns)}), in the debug stage only (SlimDockerfileSymbols)");
        }

        foreach (var whatIf in plan.WhatIfs)
        {
            if (plan.BaseSize is not { } current)
            {
                break;
            }

            var now = current.Megabytes + published;
            var then = whatIf.BaseSize.Megabytes + whatIf.AddedMegabytes
                + (whatIf.KeepsPackages ? Mb(layers.Packages.CompressedBytes) : 0) + (whatIf.KeepsApp ? Mb(layers.App.CompressedBytes) : 0);
            if (now - then >= 0.5)
            {
                text.Append('\n').Append(CultureInfo.InvariantCulture,
                    $"  what if {whatIf.Change}: {whatIf.Image}, {Megabytes(now - then, true)} smaller, {whatIf.Condition}");
            }
        }

        return text.ToString();
    }

    private static double Mb(long bytes) => bytes / 1_000_000.0;

    private static string Megabytes(LayerSize layer) => Megabytes(Mb(layer.CompressedBytes), false);

    private static string Megabytes(double megabytes, bool approximate) =>
        string.Create(CultureInfo.InvariantCulture, $"{(approximate ? "~" : "")}{(megabytes > 0 && megabytes < 0.1 ? "<0.1" : megabytes.ToString("0.0", CultureInfo.InvariantCulture))} MB");

    private static string Files(int count, string noun = "file") =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
