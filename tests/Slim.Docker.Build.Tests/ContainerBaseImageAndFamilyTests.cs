using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests;

/// <summary>ContainerBaseImage and ContainerFamily: the SDK's way of choosing the final image.</summary>
public class ContainerBaseImageAndFamilyTests
{
    private const string Mcr = ImageReference.MicrosoftRegistry + "/dotnet/";

    private static string? User(Generated generated) => generated.Final.SingleOrDefault(i => i.Keyword == "USER")?.Arguments;

    [Fact]
    public void ContainerBaseImage_is_used_as_given_and_a_full_image_gets_user_app_uid()
    {
        var generated = Generated.For(Facts.Web() with { ContainerBaseImage = "registry.example.com/base/aspnet:10.0-custom" });

        Assert.Equal("registry.example.com/base/aspnet:10.0-custom", generated.FinalImage);
        Assert.Equal("$APP_UID", User(generated));
        Assert.Equal(Mcr + "sdk:10.0-noble", generated.BuildImage);
        Assert.Contains(generated.Document.Comments, c => c.Contains("ContainerBaseImage", StringComparison.Ordinal));
        Assert.Contains(generated.Document.Comments, c => c.Contains("set ContainerUser", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("aspnet:10.0-noble-chiseled")]
    [InlineData("aspnet:10.0-noble-chiseled-extra")]
    [InlineData("runtime-deps:10.0-azurelinux3.0-distroless")]
    public void A_microsoft_chiseled_or_distroless_base_image_keeps_its_preset_user(string image)
    {
        var generated = Generated.For(Facts.Web() with { ContainerBaseImage = Mcr + image });

        Assert.Equal(Mcr + image, generated.FinalImage);
        Assert.Null(User(generated));
    }

    [Fact]
    public void ContainerBaseImage_wins_over_ContainerFamily_with_warning_SDB1019()
    {
        var generated = Generated.For(Facts.Web() with { ContainerBaseImage = Mcr + "aspnet:10.0-noble", ContainerFamily = "alpine" });

        Assert.Equal(Mcr + "aspnet:10.0-noble", generated.FinalImage);
        var warning = Assert.Single(generated.Result.Diagnostics);
        Assert.Equal("SDB1019", warning.Code);
        Assert.False(warning.IsError);
        Assert.Contains("'alpine'", warning.Message);
    }

    [Theory]
    [InlineData("registry.example.com/Team/App:1.0", "lower-case")]
    [InlineData("aspnet:10.0 extra", "blanks")]
    [InlineData("aspnet@sha256:1234", "hexadecimal")]
    public void An_invalid_ContainerBaseImage_is_SDB1016(string image, string mentions)
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerBaseImage = image }, "SDB1016");

        Assert.Contains("ContainerBaseImage", error.Message);
        Assert.Contains(mentions, error.Message);
        Assert.Contains("registry/repository:tag", error.Message);
    }

    public static TheoryData<string, ProjectFacts, string, string, bool> Families => new()
    {
        // name, facts, ContainerFamily, final image, writes USER $APP_UID
        { "chiseled gets -extra like the SDK", Facts.Web(), "noble-chiseled", "aspnet:10.0-noble-chiseled-extra", false },
        { "chiseled, invariant", Facts.Web() with { InvariantGlobalization = "true" }, "noble-chiseled", "aspnet:10.0-noble-chiseled", false },
        { "explicit -extra", Facts.Console(), "noble-chiseled-extra", "runtime:10.0-noble-chiseled-extra", false },
        { "full noble", Facts.Web(), "noble", "aspnet:10.0-noble", true },
        { "jammy chiseled on .NET 8", Facts.Web("net8.0"), "jammy-chiseled", "aspnet:8.0-jammy-chiseled-extra", false },
        { "bookworm-slim on .NET 9", Facts.Console("net9.0"), "bookworm-slim", "runtime:9.0-bookworm-slim", true },
        { "alpine, invariant", Facts.Web() with { InvariantGlobalization = "true" }, "alpine", "aspnet:10.0-alpine", true },
        { "alpine-extra, musl self-contained", Facts.Console() with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, "alpine-extra", "runtime-deps:10.0-alpine-extra", true },
        { "a versioned Alpine family", Facts.Console("net8.0") with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, "alpine3.24-extra", "runtime-deps:8.0-alpine3.24-extra", true },
        { "resolute-chiseled on .NET 10 gets -extra", Facts.Web(), "resolute-chiseled", "aspnet:10.0-resolute-chiseled-extra", false },
        { "composite, invariant", Facts.Web() with { InvariantGlobalization = "true" }, "noble-chiseled-composite", "aspnet:10.0-noble-chiseled-composite", false },
        { "azure linux distroless extra", Facts.Web(), "azurelinux3.0-distroless-extra", "aspnet:10.0-azurelinux3.0-distroless-extra", false },
        { "azure linux full", Facts.Web(), "azurelinux3.0", "aspnet:10.0-azurelinux3.0", true },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void ContainerFamily_picks_the_tag_variant_like_the_sdk(string name, ProjectFacts facts, string family, string finalImage, bool setsUser)
    {
        var generated = Generated.For(facts with { ContainerFamily = family });

        Assert.True(Mcr + finalImage == generated.FinalImage, $"{name}: {generated.FinalImage}");
        Assert.Equal(setsUser ? "$APP_UID" : null, User(generated));
        Assert.Contains(generated.Document.Comments, c => c.Contains("ContainerFamily=" + family, StringComparison.Ordinal));
        Assert.DoesNotContain(generated.Result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void The_default_policy_is_unchanged_without_settings()
    {
        var generated = Generated.For(Facts.Web());

        Assert.Equal(Mcr + "aspnet:10.0-noble-chiseled-extra", generated.FinalImage);
        Assert.DoesNotContain(generated.Document.Comments, c => c.Contains("ContainerFamily", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("net10.0", "jammy", "noble-chiseled")] // jammy ended with .NET 8
    [InlineData("net8.0", "resolute-chiseled", "noble-chiseled-extra")] // Ubuntu 26.04 images start with .NET 10
    [InlineData("net9.0", "jammy-chiseled", "noble-chiseled")] // Ubuntu 22.04 images ended with .NET 8
    public void A_known_family_Microsoft_does_not_publish_for_the_app_is_SDB1017_and_lists_the_published_ones(string tfm, string family, string listed)
    {
        var error = Generated.SingleError(Facts.Web(tfm) with { ContainerFamily = family }, "SDB1017");

        Assert.Contains($"'{family}'", error.Message);
        Assert.Contains("aspnet " + tfm[3..], error.Message);
        Assert.Contains(listed, error.Message);
        Assert.Contains("ContainerBaseImage", error.Message);
    }

    [Theory]
    [InlineData("ubi9", "aspnet:10.0-ubi9", null, "$APP_UID")]
    [InlineData("plucky-chiseled", "aspnet:10.0-plucky-chiseled-extra", null, null)] // -extra after -chiseled, as the SDK adds it
    [InlineData("noble-chiseled-extras", "aspnet:10.0-noble-chiseled-extras", "noble-chiseled-extra", null)]
    public void A_family_the_table_does_not_know_is_used_as_named_with_warning_SDB1050(string family, string finalImage, string? suggestion, string? user)
    {
        var generated = Generated.For(Facts.Web() with { ContainerFamily = family });

        Assert.Equal(Mcr + finalImage, generated.FinalImage);
        var warning = Assert.Single(generated.Result.Diagnostics);
        Assert.Equal("SDB1050", warning.Code);
        Assert.Contains("nothing is known of what it contains", warning.Message);
        if (suggestion is not null)
        {
            Assert.StartsWith($"Did you mean '{suggestion}'?", warning.Message);
        }

        // Only the name can hint at a preset non-root user (Microsoft's chiseled images); the comment says the rest is unknown.
        Assert.Equal(user, generated.Final.SingleOrDefault(i => i.Keyword == "USER")?.Arguments);
        Assert.Contains(generated.Document.Comments, c => c.Contains("not a family Slim.Docker.Build knows (warning SDB1050)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_family_that_cannot_be_part_of_a_tag_is_SDB1017()
    {
        var error = Generated.SingleError(Facts.Web() with { ContainerFamily = "noble chiseled" }, "SDB1017");

        Assert.Contains("cannot be part of an image tag", error.Message);
    }

    [Fact]
    public void A_composite_family_for_a_console_app_is_SDB1017()
    {
        var error = Generated.SingleError(Facts.Console() with { ContainerFamily = "noble-chiseled-composite" }, "SDB1017");

        Assert.Contains("runtime 10.0", error.Message);
        Assert.DoesNotContain("composite", error.Message.Split("Use one of:")[1]);
    }

    [Fact]
    public void A_glibc_family_for_a_musl_runtime_identifier_is_SDB1018()
    {
        var error = Generated.SingleError(Facts.Web() with { RuntimeIdentifier = "linux-musl-x64", ContainerFamily = "noble" }, "SDB1018");

        Assert.Contains("linux-musl-x64", error.Message);
        Assert.Contains("alpine", error.Message);
    }

    [Fact]
    public void An_alpine_family_for_a_glibc_self_contained_app_is_SDB1018()
    {
        var error = Generated.SingleError(Facts.Console() with { SelfContained = "true", RuntimeIdentifier = "linux-x64", ContainerFamily = "alpine", InvariantGlobalization = "true" }, "SDB1018");

        Assert.Contains("linux-x64", error.Message);
        Assert.Contains("linux-musl-x64", error.Message);
    }

    [Fact]
    public void An_alpine_family_runs_a_framework_dependent_portable_app()
    {
        var generated = Generated.For(Facts.Console() with { ContainerFamily = "alpine-extra" });

        Assert.Equal(Mcr + "runtime:10.0-alpine-extra", generated.FinalImage);
        Assert.Equal(Mcr + "sdk:10.0-noble", generated.BuildImage);
    }

    [Fact]
    public void A_family_without_icu_for_a_globalized_app_warns_SDB1020_and_says_so_in_the_file()
    {
        var generated = Generated.For(Facts.Web() with { ContainerFamily = "alpine" });

        Assert.Equal(Mcr + "aspnet:10.0-alpine", generated.FinalImage);
        var warning = Assert.Single(generated.Result.Diagnostics);
        Assert.Equal("SDB1020", warning.Code);
        Assert.Contains("alpine-extra", warning.Message);
        Assert.Contains(generated.Document.Comments, c => c.Contains("SDB1020", StringComparison.Ordinal));
    }
}
