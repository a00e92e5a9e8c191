using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Reporting;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>The size report: base sizes from the image catalog, layers measured by compressing them, what-ifs.</summary>
public class SizeReportTests
{
    private static ImageSize? SizeOf(string reference) => ImageCatalog.Describe(ImageReferenceParser.Parse(reference, out _)!).CompressedSize;

    [Theory]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", 67.7, false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", 92.5, false)]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", 6, true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled", 52.8, true)]
    [InlineData("mcr.microsoft.com/dotnet/runtime:8.0", 76, true)] // bookworm-slim
    public void Microsofts_images_have_their_published_size_or_an_estimate_marked_as_one(string image, double megabytes, bool approximate)
    {
        Assert.Equal(new ImageSize(megabytes, approximate), SizeOf(image));
    }

    [Theory]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0-distroless")] // was given noble-chiseled's published size
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-composite-extra")]
    [InlineData("registry.example.com/dotnet/aspnet:10.0-noble-chiseled-extra")] // was given Microsoft's number
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-questing-chiseled")]
    public void Images_without_a_known_size_are_unknown(string image)
    {
        Assert.Null(SizeOf(image));
    }

    [Fact]
    public void Layers_are_measured_by_compressing_them_and_symbols_are_left_out()
    {
        using var temp = new TempDirectory();
        var random = new Random(9);
        void Write(string name, int bytes)
        {
            var data = new byte[bytes];
            random.NextBytes(data);
            Directory.CreateDirectory(Path.GetDirectoryName(temp[name])!);
            File.WriteAllBytes(temp[name], data);
        }

        Write("Humanizer.dll", 300_000);
        Write("runtimes/linux-x64/native/libe_sqlite3.so", 100_000);
        Write("App.dll", 50_000);
        File.WriteAllText(temp["App.deps.json"], new string('a', 100_000)); // compresses to almost nothing
        Write("App.dbg", 70_000);

        var layers = PublishedLayers.Measure(temp.Path, ["Humanizer.dll", "runtimes/linux-x64/native/libe_sqlite3.so"], split: true, ["*.dbg"]);

        Assert.Equal((2, 400_000L), (layers.Packages.Files, layers.Packages.Bytes));
        Assert.InRange(layers.Packages.CompressedBytes, 400_000, 420_000); // random bytes do not compress
        Assert.Equal((2, 150_000L), (layers.App.Files, layers.App.Bytes));
        Assert.InRange(layers.App.CompressedBytes, 50_000, 55_000);
        Assert.Equal((1, 70_000L), (layers.Symbols.Files, layers.Symbols.Bytes));

        var oneLayer = PublishedLayers.Measure(temp.Path, ["Humanizer.dll"], split: false, []);
        Assert.Equal((0, 5), (oneLayer.Packages.Files, oneLayer.App.Files));
    }

    private static SizeReportPlan PlanOf(ProjectFacts facts, GenerationOptions? options = null) => Generated.For(facts, options).Result.SizePlan!;

    private static readonly PublishedLayers WebLayers = new(new LayerSize(2, 1_100_000, 430_000), new LayerSize(12, 130_000, 56_000), new LayerSize(0, 0, 0));

    [Fact]
    public void A_framework_dependent_web_api_gets_one_line_per_layer_a_total_and_every_smaller_choice()
    {
        var report = SizeReport.DescribePublished(PlanOf(Facts.Web()), WebLayers);

        Assert.Equal(
            """
            Slim.Docker.Build: estimated image size, compressed as a registry stores it (from this publish; MB = 10^6 bytes)
              base     67.7 MB  mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra (Microsoft's published size)
              packages  0.4 MB  2 files from NuGet packages
              app      <0.1 MB  12 files of the project and its project references
              total    68.2 MB
              what if InvariantGlobalization=true: aspnet:10.0-noble-chiseled, ~14.9 MB smaller, if the app needs no cultures or time zones
              what if PublishTrimmed=true: runtime-deps:10.0-noble-chiseled-extra and a trimmed runtime, ~35.6 MB smaller, if the app and its packages are trim-compatible (publish warns otherwise)
              what if PublishAot=true: runtime-deps:10.0-noble-chiseled-extra and one native executable, ~42.5 MB smaller, if the app and its packages are AOT-compatible (publish warns otherwise)
            """.ReplaceLineEndings("\n"),
            report);
    }

    [Fact]
    public void Native_aot_is_one_layer_its_symbols_are_left_out_and_no_what_if_applies_to_an_invariant_aot_app()
    {
        var plan = PlanOf(Facts.Web() with { PublishAot = "true", InvariantGlobalization = "true" });

        var report = SizeReport.DescribePublished(plan, new PublishedLayers(LayerSize.Empty, new LayerSize(3, 9_600_000, 4_640_000), new LayerSize(1, 20_470_000, 0)));

        Assert.Matches(@"\n  app +4\.6 MB  3 files, one layer \(Native AOT\)\n", report);
        Assert.Matches(@"\n  total +~10\.6 MB\n", report);
        Assert.Contains("  left out: 1 symbol file, 20.5 MB unpacked (*.dbg, *.pdb), in the debug stage only (SlimDockerfileSymbols)", report);
        Assert.DoesNotContain("what if", report);
    }

    [Fact]
    public void An_image_from_another_registry_has_an_unknown_size_and_no_what_ifs()
    {
        var plan = PlanOf(Facts.Web() with { ContainerBaseImage = "registry.example.com/base/aspnet:10.0" });

        var report = SizeReport.DescribePublished(plan, WebLayers);

        Assert.Contains("  base     unknown  registry.example.com/base/aspnet:10.0 (an image from another registry: its size cannot be known from its name)", report);
        Assert.Contains("  total    unknown  0.5 MB on top of the base", report);
        Assert.DoesNotContain("what if", report);
    }

    [Fact]
    public void A_self_contained_app_is_offered_aot_but_not_trimming()
    {
        var plan = PlanOf(Facts.Console() with { PublishTrimmed = "true", PublishSelfContained = "true", InvariantGlobalization = "true" });

        Assert.Equal(["PublishAot=true"], plan.WhatIfs.Select(w => w.Change));
        Assert.Equal("runtime-deps:10.0-noble-chiseled and one native executable", plan.WhatIfs[0].Image);
    }

    [Fact]
    public void The_generation_log_names_the_image_and_gives_the_dockerfiles_reasons_only()
    {
        var generated = Generated.For(Facts.Web() with { InvariantGlobalization = "true" });

        var log = SizeReport.Describe(generated.Result.Model!);

        Assert.Equal(
            [
                "Slim.Docker.Build: final image mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled",
                .. generated.Result.Model!.Final.Why.SelectMany(w => w.Lines).Select(l => "  " + l),
            ],
            log.Split('\n'));
        Assert.All(generated.Result.Model!.Final.Why.SelectMany(w => w.Lines), l => Assert.Contains("# " + l, generated.Text));
        Assert.DoesNotContain("MB", log);
    }
}
