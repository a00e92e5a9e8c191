using Slim.Docker.Build.Images;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Issue 8: the SDK image fits global.json and every framework the project targets.</summary>
public class SdkImageVersionTests
{
    private static PlanResult Plan(TempDirectory temp, string? globalJson, string tfm = "net8.0", string targetFrameworks = "", GenerationOptions? options = null, Func<ProjectFacts, ProjectFacts>? customize = null)
    {
        Directory.CreateDirectory(temp[".git"]);
        if (globalJson is not null)
        {
            temp.Write("global.json", globalJson);
        }

        var facts = Facts.Web(tfm, temp.Write("src/Api/Api.csproj", "<Project />")) with { TargetFrameworks = targetFrameworks };
        return DockerfilePlanner.Plan((options ?? new GenerationOptions()).ApplyTo((customize ?? (f => f))(facts)));
    }

    [Fact]
    public void A_net8_app_in_a_repository_pinned_to_a_10_0_sdk_builds_on_sdk_10_and_says_why()
    {
        using var temp = new TempDirectory();

        var plan = Plan(temp, """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""");

        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        Assert.Empty(plan.Diagnostics);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble", plan.Model!.Build.Image);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra", plan.Model.Final.Image);
        Assert.StartsWith("The app targets net8.0, but this is a .NET 10.0 SDK", SdkLines(plan.Model)[0]);
        Assert.Contains("global.json requires SDK 10.0.100 (rollForward latestFeature)", SdkLines(plan.Model)[1]);
    }

    [Theory]
    [InlineData("""{ "sdk": { "version": "10.0.100" } }""", "latestPatch")]
    [InlineData("""{ "sdk": { "version": "10.0.100", "rollForward": "patch" } }""", "patch")]
    [InlineData("""{ "sdk": { "version": "10.0.100", "rollForward": "disable" } }""", "disable")]
    public void A_pin_within_a_feature_band_is_warning_SDB1040_naming_the_fixed_version_tag(string globalJson, string rollForward)
    {
        using var temp = new TempDirectory();

        var plan = Plan(temp, globalJson, tfm: "net10.0");

        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        var warning = Assert.Single(plan.Diagnostics);
        Assert.Equal("SDB1040", warning.Code);
        Assert.Contains("SlimDockerfileSdkImage=mcr.microsoft.com/dotnet/sdk:10.0.100-noble", warning.Message);
        Assert.Equal(temp["global.json"], warning.File);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble", plan.Model!.Build.Image);
        Assert.Equal(rollForward, GlobalJsonReader.Read(temp["global.json"])!.EffectiveRollForward);
    }

    [Fact]
    public void The_fixed_tag_keeps_the_aot_variant_and_SlimDockerfileSdkImage_silences_the_warning()
    {
        using var temp = new TempDirectory();
        const string Pinned = """{ "sdk": { "version": "10.0.102", "rollForward": "latestPatch" } }""";

        var aot = Plan(temp, Pinned, tfm: "net10.0", customize: f => f with { PublishAot = "true" });
        var chosen = Plan(temp, Pinned, tfm: "net10.0", options: new GenerationOptions { SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0.102-noble" });

        Assert.Contains("sdk:10.0.102-noble-aot", Assert.Single(aot.Diagnostics).Message);
        Assert.Empty(chosen.Diagnostics);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0.102-noble", chosen.Model!.Build.Image);
        Assert.Empty(SdkLines(chosen.Model));
    }

    [Theory]
    [InlineData("latestFeature")]
    [InlineData("feature")]
    [InlineData("minor")]
    [InlineData("latestMinor")]
    [InlineData("major")]
    [InlineData("latestMajor")]
    public void Policies_that_roll_to_newer_feature_bands_take_the_floating_tag_silently(string rollForward)
    {
        using var temp = new TempDirectory();

        var plan = Plan(temp, $$"""{ "sdk": { "version": "10.0.100", "rollForward": "{{rollForward}}" } }""", tfm: "net10.0");

        Assert.Empty(plan.Diagnostics);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble", plan.Model!.Build.Image);
        Assert.Empty(SdkLines(plan.Model));
    }

    [Fact]
    public void A_multi_targeting_project_published_for_net8_builds_on_the_sdk_of_its_newest_framework()
    {
        using var temp = new TempDirectory();

        var plan = Plan(temp, globalJson: null, tfm: "net8.0", targetFrameworks: "net8.0;net10.0;netstandard2.0", customize: f => f with
        {
            GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["TargetFramework"] = "net8.0" },
        });

        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble", plan.Model!.Build.Image);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra", plan.Model.Final.Image);
        Assert.Equal("net8.0", plan.Model.Publish.Framework);
        Assert.Contains("the project also targets net10.0, and restore restores every target framework.", SdkLines(plan.Model)[^1]);
    }

    [Fact]
    public void A_net8_aot_app_on_a_10_0_sdk_gets_the_aot_sdk_image_instead_of_installing_clang()
    {
        using var temp = new TempDirectory();

        var plan = Plan(temp, """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""", customize: f => f with { PublishAot = "true" });

        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble-aot", plan.Model!.Build.Image);
        Assert.Empty(plan.Model.Build.PackagesToInstall);
    }

    [Fact]
    public void The_sdk_image_is_the_apps_own_version_without_global_json_and_the_comment_stays_away()
    {
        using var temp = new TempDirectory();

        var plan = Plan(temp, globalJson: null);

        Assert.Equal("mcr.microsoft.com/dotnet/sdk:8.0-noble", plan.Model!.Build.Image);
        Assert.Empty(SdkLines(plan.Model));
    }

    [Theory]
    [InlineData("""{ "sdk": { "version": "10.0.100-preview.1" } }""", "10.0.100-preview.1", "latestPatch")]
    [InlineData("""{ "sdk": { "rollForward": "latestMajor" } }""", null, "latestMajor")]
    [InlineData("""{ "msbuild-sdks": {} }""", null, "latestMajor")]
    [InlineData("""{ /* a comment */ "sdk": { "version": "9.0.300", "rollForward": "LatestFeature", }, }""", "9.0.300", "LatestFeature")]
    public void The_reader_takes_what_the_host_takes(string text, string? version, string rollForward)
    {
        using var temp = new TempDirectory();
        var globalJson = GlobalJsonReader.Read(temp.Write("global.json", text))!;

        Assert.Equal(version, globalJson.SdkVersion?.ToNormalizedString());
        Assert.Equal(rollForward, globalJson.EffectiveRollForward);
    }

    [Fact]
    public void An_unreadable_global_json_is_no_requirement()
    {
        using var temp = new TempDirectory();
        Assert.Null(GlobalJsonReader.Read(temp.Write("global.json", "{ not json")));
        Assert.Null(GlobalJsonReader.Read(temp["missing.json"]));
    }

    [Fact]
    public void A_choice_without_global_json_is_the_app_version()
    {
        var app = Settings.AppProfileReader.Read(Facts.Console("net9.0"), new Diagnostics.DiagnosticBag("/x"))!;
        Assert.Equal(DotNetVersion.Net9, SdkVersionPolicy.Choose(app, "", null).Version);
    }

    /// <summary>The lines of build.why that say why the SDK is newer than the app's framework.</summary>
    private static string[] SdkLines(Model.DockerfileModel? model) =>
        [.. model!.Build.Why.Where(e => e.Reason == "SdkNewerThanApp").SelectMany(e => e.Lines)];
}
