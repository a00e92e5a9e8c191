using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// The header's commands build the SDK's image: ContainerRegistry, ContainerRepository (and ContainerImageName),
/// ContainerImageTag(s) and ContainerRuntimeIdentifiers, with the SDK's validation and errors.
/// </summary>
public class ImageTargetTests
{
    /// <summary>What every header's build passes after the tags: the last commit's time for the app's files.</summary>
    private const string Epoch = " --build-arg SOURCE_DATE_EPOCH=\"$(git log -1 --format=%ct 2>/dev/null)\"";

    private static string BuildCommand(Generated generated) =>
        generated.Text.Split('\n')[generated.Text.Split('\n').ToList().FindIndex(l => l.StartsWith("# Build it from", StringComparison.Ordinal)) + 1].TrimStart('#').Trim();

    // Without the SDK's labels, whose --build-arg the header also passes (LabelTests).
    private static ProjectFacts With(ProjectFacts facts, params (string Name, string Value)[] properties) =>
        properties.Aggregate(facts.WithProperty("ContainerGenerateLabels", "false"), (f, p) => f.WithProperty(p.Name, p.Value));

    [Fact]
    public void Every_tag_is_a_t_of_registry_repository_and_tag_and_the_build_pushes_to_the_registry()
    {
        var generated = Generated.For(With(Facts.Web(),
            ("ContainerRegistry", "registry.example.com:5000"), ("ContainerRepository", "contoso/api"), ("ContainerImageTags", "1.2.3; latest;;1.2.3")));

        Assert.Equal(
            "docker build -t registry.example.com:5000/contoso/api:1.2.3 -t registry.example.com:5000/contoso/api:latest" + Epoch + " --push .",
            BuildCommand(generated));
        Assert.Contains(generated.Document.Comments, c => c.Contains("docker run --rm -p 8080:8080 registry.example.com:5000/contoso/api:1.2.3", StringComparison.Ordinal));
        Assert.Contains(generated.Document.Comments, c => c.Contains("-t registry.example.com:5000/contoso/api:1.2.3-debug", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_tags_the_name_alone_means_latest_as_in_the_sdk()
    {
        Assert.Equal("docker build -t app" + Epoch + " .", BuildCommand(Generated.For(With(Facts.Web()))));
        Assert.Equal("docker build -t app:1.0" + Epoch + " .", BuildCommand(Generated.For(With(Facts.Web(), ("ContainerImageTag", "1.0")))));
    }

    [Fact]
    public void ContainerImageName_is_obsolete_SDB1051_and_wins_over_ContainerRepository_like_in_the_sdk()
    {
        var generated = Generated.For(With(Facts.Web(), ("ContainerImageName", "old-name"), ("ContainerRepository", "new-name")));

        Assert.Equal("docker build -t old-name" + Epoch + " .", BuildCommand(generated));
        var warning = Assert.Single(generated.Result.Diagnostics);
        Assert.Equal("SDB1051", warning.Code);
        Assert.Contains("obsolete", warning.Message);
        Assert.Contains("ContainerRepository", warning.Message);
    }

    [Theory]
    [InlineData("MyCompany/Orders.API", "mycompany/orders-api")]
    [InlineData("dotnet testimage", "dotnet-testimage")]
    public void An_invalid_repository_is_normalized_as_the_sdk_does_with_warning_SDB1064(string repository, string expected)
    {
        var generated = Generated.For(With(Facts.Web(), ("ContainerRepository", repository)));

        Assert.Equal($"docker build -t {expected}{Epoch} .", BuildCommand(generated));
        Assert.Equal("SDB1064", Assert.Single(generated.Result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("Microsoft.Apps.Demo.ContosoWeb", "microsoft-apps-demo-contosoweb")]
    [InlineData("WebApplication44", "webapplication44")]
    [InlineData("Foo_Bar", "foo_bar")]
    [InlineData("__", "app")]
    public void The_default_repository_is_the_sdks_from_the_assembly_name(string assemblyName, string expected)
    {
        var generated = Generated.For(With(Facts.Web() with { AssemblyName = assemblyName }));

        Assert.StartsWith($"docker build -t {expected} ", BuildCommand(generated));
        Assert.Empty(generated.Result.Diagnostics);
    }

    [Theory]
    [InlineData("5 0")]
    [InlineData(".6.0")]
    [InlineData("-6.0")]
    public void An_invalid_ContainerImageTag_is_SDB1052(string tag)
    {
        var error = Generated.SingleError(With(Facts.Web(), ("ContainerImageTag", tag)), "SDB1052");

        Assert.Contains($"'{tag}'", error.Message);
    }

    [Fact]
    public void A_tag_of_129_characters_is_SDB1052()
    {
        Generated.SingleError(With(Facts.Web(), ("ContainerImageTag", new string('a', 129))), "SDB1052");
    }

    [Fact]
    public void ContainerImageTag_and_ContainerImageTags_together_are_SDB1053()
    {
        var error = Generated.SingleError(With(Facts.Web(), ("ContainerImageTag", "5.0"), ("ContainerImageTags", "latest;oldest")), "SDB1053");

        Assert.Contains("only one or the other", error.Message);
    }

    [Fact]
    public void ContainerImageTags_with_quotes_in_it_is_SDB1054_naming_the_bad_ones()
    {
        var error = Generated.SingleError(With(Facts.Web(), ("ContainerImageTags", "'latest;oldest'")), "SDB1054");

        Assert.Contains("''latest', 'oldest''", error.Message);
    }

    [Theory]
    [InlineData("mcr.mi-=crosoft.com")]
    [InlineData("mcr.microsoft.com/")]
    [InlineData("https://registry.example.com")]
    [InlineData("registry.example.com:99999")]
    public void An_invalid_ContainerRegistry_is_SDB1055(string registry)
    {
        var error = Generated.SingleError(With(Facts.Web(), ("ContainerRegistry", registry)), "SDB1055");

        Assert.Contains($"'{registry}'", error.Message);
    }

    [Fact]
    public void ContainerRuntimeIdentifiers_build_one_image_for_each_platform_with_buildx()
    {
        var generated = Generated.For(With(Facts.Web(), ("ContainerRuntimeIdentifiers", "linux-x64;linux-arm64")));

        Assert.Equal("docker buildx build --platform linux/amd64,linux/arm64 -t app" + Epoch + " .", BuildCommand(generated));
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", generated.FinalImage);
        Assert.Contains("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build", generated.Text);
        Assert.Contains(generated.Document.Comments, c => c.Contains("containerd image store", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pinned_RuntimeIdentifier_wins_over_ContainerRuntimeIdentifiers_as_in_the_sdk()
    {
        var generated = Generated.For(With(Facts.Web() with { RuntimeIdentifier = "linux-arm64" }, ("ContainerRuntimeIdentifiers", "linux-x64;linux-arm64")));

        Assert.Equal("docker build --platform linux/arm64 -t app" + Epoch + " .", BuildCommand(generated));
    }

    [Fact]
    public void Musl_ContainerRuntimeIdentifiers_make_an_Alpine_image()
    {
        var generated = Generated.For(With(Facts.Web(), ("ContainerRuntimeIdentifiers", "linux-musl-x64;linux-musl-arm64")));

        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-alpine-extra", generated.FinalImage);
        Assert.StartsWith("docker buildx build --platform linux/amd64,linux/arm64 ", BuildCommand(generated));
    }

    [Fact]
    public void Musl_and_glibc_ContainerRuntimeIdentifiers_together_are_SDB1057()
    {
        var error = Generated.SingleError(With(Facts.Web(), ("ContainerRuntimeIdentifiers", "linux-musl-x64;linux-arm64")), "SDB1057");

        Assert.Contains("linux-musl-x64;linux-arm64", error.Message);
    }

    [Theory]
    [InlineData("linux-x64;win-x64", "SDB1005")]
    [InlineData("linux-x64;linux-s390x", "SDB1006")]
    public void A_ContainerRuntimeIdentifiers_entry_without_Linux_images_is_an_error(string rids, string code)
    {
        var error = Generated.SingleError(With(Facts.Web(), ("ContainerRuntimeIdentifiers", rids)), code);

        Assert.Contains("ContainerRuntimeIdentifiers names", error.Message);
    }

    [Fact]
    public void Net8_on_32_bit_Arm_and_x64_uses_jammy_which_has_both()
    {
        var generated = Generated.For(With(Facts.Web("net8.0"), ("ContainerRuntimeIdentifiers", "linux-x64;linux-arm")));

        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled-extra", generated.FinalImage);
        Assert.StartsWith("docker buildx build --platform linux/amd64,linux/arm/v7 ", BuildCommand(generated));
    }

    [Theory]
    [InlineData("linux-x64;linux-arm", "", "azurelinux3.0-distroless")]
    [InlineData("", "linux-arm", "azurelinux3.0")]
    public void A_family_without_images_for_a_platform_is_SDB1056(string rids, string rid, string family)
    {
        var facts = With(Facts.Web() with { RuntimeIdentifier = rid, ContainerFamily = family, InvariantGlobalization = "true" }, ("ContainerRuntimeIdentifiers", rids));

        var error = Generated.SingleError(facts, "SDB1056");

        Assert.Contains("linux-arm", error.Message);
        Assert.Contains("noble", error.Message); // a family that has it
    }
}
