using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Tests;

public class AppProfileReaderTests
{
    private static (AppProfile? Profile, DiagnosticBag Diagnostics) Read(ProjectFacts facts)
    {
        var diagnostics = new DiagnosticBag(facts.ProjectPath);
        return (AppProfileReader.Read(facts, diagnostics), diagnostics);
    }

    private static Diagnostic SingleError(ProjectFacts facts, string code)
    {
        var (profile, diagnostics) = Read(facts);
        Assert.Null(profile);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal(facts.ProjectPath, error.File);
        return error;
    }

    [Fact]
    public void Several_target_frameworks_and_none_chosen_is_SDB1001_and_says_how_to_choose()
    {
        var error = SingleError(Facts.Console() with { TargetFramework = "", TargetFrameworks = "net8.0;net10.0" }, "SDB1001");
        Assert.Contains("net8.0;net10.0", error.Message);
        Assert.Contains("-f net8.0", error.Message);
    }

    [Theory]
    [InlineData(".NETStandard", "v2.0", "netstandard2.0", "Standard")]
    [InlineData(".NETFramework", "v4.8", "net48", ".NET Framework")]
    public void A_target_framework_that_is_not_dotnet_is_SDB1002(string identifier, string version, string tfm, string named)
    {
        var error = SingleError(Facts.Console() with { TargetFramework = tfm, TargetFrameworkIdentifier = identifier, TargetFrameworkVersion = version }, "SDB1002");
        Assert.Contains(named, error.Message);
        Assert.Contains("net8.0 or later", error.Message);
    }

    [Theory]
    [InlineData("net6.0")]
    [InlineData("net7.0")]
    [InlineData("netcoreapp3.1")]
    public void A_dotnet_older_than_8_is_SDB1003(string tfm)
    {
        var version = tfm.StartsWith("netcoreapp", StringComparison.Ordinal) ? "v3.1" : "v" + tfm[3..];
        var error = SingleError(Facts.Console() with { TargetFramework = tfm, TargetFrameworkVersion = version }, "SDB1003");
        Assert.Contains(tfm, error.Message);
    }

    [Fact]
    public void A_platform_specific_target_framework_is_SDB1004()
    {
        var error = SingleError(Facts.Console() with { TargetFramework = "net10.0-windows", TargetPlatformIdentifier = "Windows" }, "SDB1004");
        Assert.Contains("net10.0", error.Message);
    }

    [Theory]
    [InlineData("win-x64")]
    [InlineData("osx-arm64")]
    [InlineData("win10-x64")]
    public void A_windows_or_macos_runtime_identifier_is_SDB1005(string rid)
    {
        var error = SingleError(Facts.Console() with { RuntimeIdentifier = rid }, "SDB1005");
        Assert.Contains(rid, error.Message);
        Assert.Contains("linux-x64", error.Message);
    }

    [Theory]
    [InlineData("linux-s390x")]
    [InlineData("linux-x86")]
    [InlineData("ubuntu.22.04-x64")]
    [InlineData("linux-bionic-arm64")]
    public void A_runtime_identifier_without_images_is_SDB1006(string rid)
    {
        var error = SingleError(Facts.Console() with { RuntimeIdentifier = rid }, "SDB1006");
        Assert.Contains(rid, error.Message);
    }

    [Theory]
    [InlineData("Library")]
    [InlineData("")]
    public void A_class_library_is_SDB1007(string outputType)
    {
        var error = SingleError(Facts.Console() with { OutputType = outputType }, "SDB1007");
        Assert.Contains("<OutputType>Exe</OutputType>", error.Message);
    }

    [Fact]
    public void A_dotnet_newer_than_known_is_a_warning_SDB1008_and_still_planned()
    {
        var (profile, diagnostics) = Read(Facts.Web("net11.0"));

        Assert.NotNull(profile);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("SDB1008", warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal(new DotNetVersion(11, 0), profile.Version);
    }

    [Fact]
    public void A_boolean_property_that_is_not_true_or_false_is_SDB1009_naming_the_property()
    {
        var error = SingleError(Facts.Console() with { PublishAot = "yes" }, "SDB1009");
        Assert.Contains("'PublishAot'", error.Message);
        Assert.Contains("'yes'", error.Message);
    }

    [Fact]
    public void An_assembly_name_with_a_path_separator_is_SDB1010()
    {
        SingleError(Facts.Console() with { AssemblyName = "../evil" }, "SDB1010");
    }

    [Fact]
    public void An_empty_target_framework_version_is_SDB1011()
    {
        SingleError(Facts.Console() with { TargetFrameworkVersion = "" }, "SDB1011");
    }

    [Fact]
    public void Reads_every_publish_setting()
    {
        var (profile, diagnostics) = Read(Facts.Web() with
        {
            RuntimeIdentifier = "linux-arm64",
            PublishTrimmed = "true",
            PublishSingleFile = "true",
            PublishSelfContained = "true", // the SDK infers it from PublishTrimmed
            PublishReadyToRun = "true",
            InvariantGlobalization = "true",
        });

        Assert.Empty(diagnostics);
        Assert.NotNull(profile);
        Assert.Equal(AppKind.Web, profile.Kind);
        Assert.Equal(Deployment.SelfContained, profile.Deployment);
        Assert.True(profile.Trimmed && profile.SingleFile && profile.ReadyToRun && profile.Invariant);
        Assert.Equal("linux/arm64", profile.RuntimeIdentifier!.DockerPlatform);
    }
}
