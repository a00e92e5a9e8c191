using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Tests;

public class BaseImagePolicyTests
{
    private const string Mcr = "mcr.microsoft.com/dotnet/";

    public static TheoryData<string, ProjectFacts, string, string, bool, string> Table => new()
    {
        // name, facts, final image, build image, build stage cross-targets, toolchain installed in the build stage
        { "net10 web", Facts.Web(), "aspnet:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net10 web invariant", Facts.Web() with { InvariantGlobalization = "true" }, "aspnet:10.0-noble-chiseled", "sdk:10.0-noble", true, "" },
        { "net10 console", Facts.Console(), "runtime:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net10 console invariant", Facts.Console() with { InvariantGlobalization = "TRUE" }, "runtime:10.0-noble-chiseled", "sdk:10.0-noble", true, "" },
        { "net10 worker (console SDK, Exe)", Facts.Console() with { AssemblyName = "Worker" }, "runtime:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net10 AOT console invariant", Facts.Console() with { PublishAot = "true", PublishSelfContained = "true", InvariantGlobalization = "true" }, "runtime-deps:10.0-noble-chiseled", "sdk:10.0-noble-aot", false, "" },
        { "net10 AOT web", Facts.Web() with { PublishAot = "true", PublishSelfContained = "true" }, "runtime-deps:10.0-noble-chiseled-extra", "sdk:10.0-noble-aot", false, "" },
        { "net10 self-contained", Facts.Console() with { SelfContained = "true" }, "runtime-deps:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net10 trimmed (SDK infers PublishSelfContained)", Facts.Console() with { PublishTrimmed = "true", PublishSelfContained = "true", InvariantGlobalization = "true" }, "runtime-deps:10.0-noble-chiseled", "sdk:10.0-noble", true, "" },
        { "net10 trimmed, raw facts", Facts.Console() with { PublishTrimmed = "true", SelfContained = "" }, "runtime-deps:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net10 single-file", Facts.Console() with { PublishSingleFile = "true", SelfContained = "" }, "runtime-deps:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net10 single-file framework-dependent", Facts.Console() with { PublishSingleFile = "true", PublishSelfContained = "false" }, "runtime:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net10 ReadyToRun web", Facts.Web() with { PublishReadyToRun = "true" }, "aspnet:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "net9 web", Facts.Web("net9.0"), "aspnet:9.0-noble-chiseled-extra", "sdk:9.0-noble", true, "" },
        { "net9 self-contained console invariant", Facts.Console("net9.0") with { SelfContained = "true", InvariantGlobalization = "true" }, "runtime-deps:9.0-noble-chiseled", "sdk:9.0-noble", true, "" },
        { "net8 web", Facts.Web("net8.0"), "aspnet:8.0-noble-chiseled-extra", "sdk:8.0-noble", true, "" },
        { "net8 console invariant", Facts.Console("net8.0") with { InvariantGlobalization = "true" }, "runtime:8.0-noble-chiseled", "sdk:8.0-noble", true, "" },
        { "net8 AOT", Facts.Console("net8.0") with { PublishAot = "true" }, "runtime-deps:8.0-noble-chiseled-extra", "sdk:8.0-noble", false, "clang zlib1g-dev" },
        { "net9 AOT invariant", Facts.Console("net9.0") with { PublishAot = "true", InvariantGlobalization = "true" }, "runtime-deps:9.0-noble-chiseled", "sdk:9.0-noble", false, "clang zlib1g-dev" },
        { "musl net10 web", Facts.Web() with { RuntimeIdentifier = "linux-musl-x64" }, "aspnet:10.0-alpine-extra", "sdk:10.0-alpine", true, "" },
        { "musl net10 web invariant", Facts.Web() with { RuntimeIdentifier = "linux-musl-arm64", InvariantGlobalization = "true" }, "aspnet:10.0-alpine", "sdk:10.0-alpine", true, "" },
        { "musl net8 web (aspnet -alpine-extra since January 2026)", Facts.Web("net8.0") with { RuntimeIdentifier = "linux-musl-x64" }, "aspnet:8.0-alpine-extra", "sdk:8.0-alpine", true, "" },
        { "musl net8 console self-contained (runtime-deps 8.0-alpine-extra is per-architecture only)", Facts.Console("net8.0") with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, "runtime-deps:8.0-alpine", "sdk:8.0-alpine", true, "" },
        { "musl net10 console self-contained", Facts.Console() with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, "runtime-deps:10.0-alpine-extra", "sdk:10.0-alpine", true, "" },
        { "net8 linux-arm: noble has no 32-bit Arm images for .NET 8", Facts.Web("net8.0") with { RuntimeIdentifier = "linux-arm" }, "aspnet:8.0-jammy-chiseled-extra", "sdk:8.0-jammy", true, "" },
        { "net10 linux-arm", Facts.Web() with { RuntimeIdentifier = "linux-arm" }, "aspnet:10.0-noble-chiseled-extra", "sdk:10.0-noble", true, "" },
        { "musl net8 AOT", Facts.Console("net8.0") with { RuntimeIdentifier = "linux-musl-x64", PublishAot = "true", InvariantGlobalization = "true" }, "runtime-deps:8.0-alpine", "sdk:8.0-alpine", false, "clang build-base zlib-dev" },
        { "musl net10 AOT", Facts.Console() with { RuntimeIdentifier = "linux-musl-x64", PublishAot = "true" }, "runtime-deps:10.0-alpine-extra", "sdk:10.0-alpine-aot", false, "" },
        { "ContainerRuntimeIdentifier wins", Facts.Web() with { RuntimeIdentifier = "linux-x64", ContainerRuntimeIdentifier = "linux-musl-x64" }, "aspnet:10.0-alpine-extra", "sdk:10.0-alpine", true, "" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Chooses_the_smallest_correct_images(string name, ProjectFacts facts, string finalImage, string buildImage, bool crossTargets, string toolchain)
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var profile = AppProfileReader.Read(facts, diagnostics);
        Assert.True(profile is not null, $"{name}: {string.Join("; ", diagnostics)}");

        var selection = BaseImagePolicy.Select(profile);

        Assert.Equal(Mcr + finalImage, selection.FinalImage.ToString());
        Assert.Equal(Mcr + buildImage, selection.BuildImage.ToString());
        Assert.Equal(crossTargets, selection.BuildCrossTargets);
        Assert.Equal(toolchain, string.Join(' ', selection.BuildPackagesToInstall));
    }

    [Fact]
    public void Musl_without_an_extra_image_installs_icu_and_tzdata_instead_of_running_invariant()
    {
        var profile = AppProfileReader.Read(Facts.Console("net8.0") with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, new DiagnosticBag(""))!;
        var selection = BaseImagePolicy.Select(profile);

        Assert.True(selection.FinalHasGlobalizationData);
        Assert.Equal(["icu-data-full", "icu-libs", "tzdata"], selection.FinalPackagesToInstall);
        Assert.False(selection.FinalIsDistroless);
    }

    [Fact]
    public void Glibc_images_are_distroless_and_install_nothing()
    {
        var selection = BaseImagePolicy.Select(AppProfileReader.Read(Facts.Web(), new DiagnosticBag(""))!);

        Assert.True(selection.FinalIsDistroless);
        Assert.Empty(selection.FinalPackagesToInstall);
    }

    [Fact]
    public void A_global_SelfContained_property_wins_over_the_project()
    {
        var facts = Facts.Console() with
        {
            PublishSelfContained = "true",
            GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["SelfContained"] = "false" },
        };

        var profile = AppProfileReader.Read(facts, new DiagnosticBag(""))!;

        Assert.Equal(Deployment.FrameworkDependent, profile.Deployment);
    }
}
