using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Needs;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>What the app needs from the OS, read from its restore output, against what the base image has.</summary>
public class NeedsTests
{
    private const string Mcr = ImageReference.MicrosoftRegistry + "/dotnet/";

    private static readonly (string, string, string)[] Skia = [(NativePackages.SkiaId, NativePackages.SkiaVersion, "libSkiaSharp.so")];
    private static readonly (string, string, string)[] Sqlite = [(NativePackages.SqliteId, NativePackages.SqliteVersion, "libe_sqlite3.so")];

    private static Generated With(TempDirectory temp, ProjectFacts facts, (string, string, string)[] natives, params string[] managed) =>
        Generated.For(facts with { ProjectAssetsFile = NativePackages.AssetsFile(temp.Path, natives, managed) });

    private static Generated With(TempDirectory temp, ProjectFacts facts, GenerationOptions options, (string, string, string)[] natives) =>
        Generated.For(facts with { ProjectAssetsFile = NativePackages.AssetsFile(temp.Path, natives) }, options);

    private static IEnumerable<Diagnostic> NeedsWarnings(Generated generated) =>
        generated.Result.Diagnostics.Where(d => d.Code.StartsWith("SDB4", StringComparison.Ordinal));

    [Fact]
    public void SkiaSharp_moves_the_app_to_the_full_image_and_installs_fontconfig_with_the_reason_beside_FROM()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web(), Skia);

        Assert.Equal(Mcr + "aspnet:10.0-noble", generated.FinalImage);
        Assert.Contains("apt-get install -y --no-install-recommends libfontconfig1", generated.Final.Single(i => i.Keyword == "RUN").Arguments);
        Assert.Equal("$APP_UID", generated.Final.Single(i => i.Keyword == "USER").Arguments);
        Assert.Contains(generated.Document.Comments, c => c.Contains("libfontconfig.so.1 (Debian/Ubuntu package libfontconfig1), needed by libSkiaSharp.so (SkiaSharp.NativeAssets.Linux 3.119.0)", StringComparison.Ordinal));
        Assert.Empty(NeedsWarnings(generated));
    }

    [Fact]
    public void Sqlite_needs_nothing_beyond_the_chiseled_image()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Console() with { InvariantGlobalization = "true" }, Sqlite);

        Assert.Equal(Mcr + "runtime:10.0-noble-chiseled", generated.FinalImage);
        Assert.DoesNotContain(generated.Final, i => i.Keyword == "RUN");
        Assert.Empty(NeedsWarnings(generated));
    }

    [Fact]
    public void The_users_own_packages_and_the_needed_ones_are_installed_together()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web(), new GenerationOptions { OsPackages = "curl" }, Skia);

        Assert.Contains("--no-install-recommends curl libfontconfig1", generated.Final.Single(i => i.Keyword == "RUN").Arguments);
    }

    [Theory]
    [InlineData("Microsoft.Data.SqlClient", "libgssapi_krb5.so.2", "kerberos")]
    [InlineData("Microsoft.AspNetCore.Authentication.Negotiate", "libgssapi_krb5.so.2", "kerberos")]
    [InlineData("System.DirectoryServices.Protocols", "libldap.so.2", "ldap")]
    public void A_need_only_some_uses_of_a_package_have_keeps_the_slim_image_with_SDB4005(string package, string library, string feature)
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web(), [], package);

        Assert.Equal(Mcr + "aspnet:10.0-noble-chiseled-extra", generated.FinalImage);
        Assert.DoesNotContain(generated.Final, i => i.Keyword == "RUN");
        var warning = Assert.Single(NeedsWarnings(generated));
        Assert.Equal("SDB4005", warning.Code);
        Assert.Contains(package, warning.Message);
        Assert.Contains($"'{library}'", warning.Message);
        Assert.Contains($"SlimDockerfileOsFeatures={feature}", warning.Message);
    }

    [Theory]
    [InlineData("Microsoft.Data.SqlClient", "kerberos", "libgssapi-krb5-2")]
    [InlineData("Microsoft.AspNetCore.Authentication.Negotiate", "Kerberos", "libgssapi-krb5-2")]
    [InlineData("System.DirectoryServices.Protocols", "ldap;kerberos", "libldap2")]
    public void With_the_feature_opted_in_the_package_gets_its_library_on_the_full_image(string package, string features, string debianPackage)
    {
        using var temp = new TempDirectory();
        var generated = Generated.For(
            Facts.Web() with { ProjectAssetsFile = NativePackages.AssetsFile(temp.Path, [], package) },
            new GenerationOptions { OsFeatures = features });

        Assert.Equal(Mcr + "aspnet:10.0-noble", generated.FinalImage);
        Assert.Contains("--no-install-recommends " + debianPackage, generated.Final.Single(i => i.Keyword == "RUN").Arguments);
        Assert.Empty(NeedsWarnings(generated));
    }

    [Fact]
    public void An_unknown_OS_feature_is_SDB1044_listing_the_known_ones()
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1044", new GenerationOptions { OsFeatures = "kerberos;fonts" });

        Assert.Contains("'fonts'", error.Message);
        Assert.Contains("kerberos", error.Message);
        Assert.Contains("ldap", error.Message);
    }

    [Fact]
    public void An_unconditional_need_of_a_native_library_still_moves_the_image_automatically()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web(), Skia, "Microsoft.Data.SqlClient");

        Assert.Equal(Mcr + "aspnet:10.0-noble", generated.FinalImage);
        Assert.Contains("libfontconfig1", generated.Final.Single(i => i.Keyword == "RUN").Arguments);
        Assert.DoesNotContain("libgssapi-krb5-2", generated.Final.Single(i => i.Keyword == "RUN").Arguments);
    }

    [Fact]
    public void ContainerFamily_is_respected_and_the_missing_library_is_a_warning_that_names_file_and_fix()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web() with { ContainerFamily = "noble-chiseled" }, Skia);

        Assert.Equal(Mcr + "aspnet:10.0-noble-chiseled-extra", generated.FinalImage);
        var warning = Assert.Single(NeedsWarnings(generated));
        Assert.Equal("SDB4001", warning.Code);
        Assert.Contains("libfontconfig.so.1", warning.Message);
        Assert.Contains("libSkiaSharp.so (SkiaSharp.NativeAssets.Linux 3.119.0)", warning.Message);
        Assert.Contains("SlimDockerfileOsPackages=libfontconfig1", warning.Message);
    }

    [Fact]
    public void A_full_family_with_the_package_listed_is_satisfied_without_a_warning()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web() with { ContainerFamily = "noble" }, new GenerationOptions { OsPackages = "libfontconfig1" }, Skia);

        Assert.Equal(Mcr + "aspnet:10.0-noble", generated.FinalImage);
        Assert.Empty(NeedsWarnings(generated));
    }

    [Fact]
    public void ContainerBaseImage_of_microsoft_chiseled_warns_and_another_registry_is_not_judged()
    {
        using var temp = new TempDirectory();
        var chiseled = With(temp, Facts.Web() with { ContainerBaseImage = Mcr + "aspnet:10.0-noble-chiseled" }, Skia);
        var custom = With(temp, Facts.Web() with { ContainerBaseImage = "registry.example.com/base/aspnet:10.0" }, Skia);

        Assert.Equal(Mcr + "aspnet:10.0-noble-chiseled", chiseled.FinalImage);
        Assert.Equal("SDB4001", Assert.Single(NeedsWarnings(chiseled)).Code);
        Assert.Equal("registry.example.com/base/aspnet:10.0", custom.FinalImage);
        Assert.Empty(NeedsWarnings(custom));
    }

    [Fact]
    public void An_unknown_library_is_a_warning_and_the_image_stays()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var app = AppProfileReader.Read(Facts.Web(), diagnostics)!;
        var needs = new AppNeeds([new NativeNeed("libwhatever.so.7", "libthing.so (Thing 1.0)")], []);

        var decision = NeedsPolicy.Decide(BaseImagePolicy.Select(app), app, needs, [], diagnostics);

        Assert.Equal("aspnet:10.0-noble-chiseled-extra", decision.Selection.FinalImage.ShortName + ":" + decision.Selection.FinalImage.Tag);
        Assert.Empty(decision.Installed);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("SDB4002", warning.Code);
        Assert.Contains("libthing.so (Thing 1.0) needs 'libwhatever.so.7'", warning.Message);
        Assert.Contains("SlimDockerfileOsPackages", warning.Message);
    }

    [Fact]
    public void An_ICU_need_of_an_invariant_app_moves_chiseled_to_extra_only()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var app = AppProfileReader.Read(Facts.Console() with { InvariantGlobalization = "true" }, diagnostics)!;
        var needs = new AppNeeds([new NativeNeed("libicuuc.so.74", "libx.so (X 1.0)")], []);

        var decision = NeedsPolicy.Decide(BaseImagePolicy.Select(app), app, needs, [], diagnostics);

        Assert.Equal("10.0-noble-chiseled-extra", decision.Selection.FinalImage.Tag);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData(ImageContents.Chiseled, "libfontconfig.so.1", false)]
    [InlineData(ImageContents.Chiseled, "libssl.so.3", true)]
    [InlineData(ImageContents.Chiseled, "libicuuc.so.74", false)]
    [InlineData(ImageContents.ChiseledExtra, "libicuuc.so.74", true)]
    [InlineData(ImageContents.Full, "liblzma.so.5", true)]
    [InlineData(ImageContents.Full, "libfontconfig.so.1", false)]
    [InlineData(ImageContents.Alpine, "libc.musl-x86_64.so.1", true)]
    public void The_image_contents_table(ImageContents contents, string library, bool provided) =>
        Assert.Equal(provided, NeedsCatalog.Provides(contents, library, hasGlobalizationData: contents is ImageContents.ChiseledExtra or ImageContents.Full));

    [Fact]
    public void A_musl_app_reads_the_musl_assets_and_warns_instead_of_guessing_Alpine_packages()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web() with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, Skia);

        Assert.Equal(Mcr + "runtime-deps:10.0-alpine-extra", generated.FinalImage);
        var warning = Assert.Single(NeedsWarnings(generated));
        Assert.Equal("SDB4002", warning.Code);
        Assert.Contains("libfontconfig.so.1", warning.Message);
    }

    [Fact]
    public void An_unreadable_native_library_is_a_warning_not_a_failure()
    {
        using var temp = new TempDirectory();
        var generated = With(temp, Facts.Web(), [("Missing.Native", "1.0.0", "libmissing.so")]);

        Assert.Equal(Mcr + "aspnet:10.0-noble-chiseled-extra", generated.FinalImage);
        Assert.Equal("SDB4003", Assert.Single(NeedsWarnings(generated)).Code);
    }

    [Fact]
    public void A_corrupt_assets_file_is_one_SDB1014_warning_and_no_needs_are_checked()
    {
        using var temp = new TempDirectory();
        var generated = Generated.For(Facts.Web() with { ProjectAssetsFile = temp.Write("project.assets.json", "{ not json") });

        var warning = Assert.Single(generated.Result.Diagnostics);
        Assert.Equal("SDB1014", warning.Code);
        Assert.Contains("native libraries", warning.Message);
        Assert.Empty(NeedsWarnings(generated));
    }
}
