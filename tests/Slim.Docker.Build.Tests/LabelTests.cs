using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// The SDK's default labels (Microsoft.NET.Build.Containers.targets, ComputeContainerConfig): names, values with their
/// fallbacks, switches; the values only a build knows come from build arguments, so the file never changes between runs.
/// </summary>
public class LabelTests
{
    private static ProjectFacts With(ProjectFacts facts, params (string Name, string Value)[] properties) =>
        properties.Aggregate(facts, (f, p) => f.WithProperty(p.Name, p.Value));

    /// <summary>Every LABEL as key and raw value: a literal, or <c>${ARG}</c> for the ones a build argument holds.</summary>
    private static List<KeyValuePair<string, string>> Labels(Generated generated) =>
        generated.Final.Where(i => i.Keyword == "LABEL").Select(i =>
        {
            var equals = i.Arguments.IndexOf('=', StringComparison.Ordinal);
            var value = i.Arguments[(equals + 1)..];
            return value.StartsWith("\"${", StringComparison.Ordinal)
                ? new KeyValuePair<string, string>(i.Arguments[..equals], value.Trim('"'))
                : DockerfileDocument.KeyValues(i).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).Single();
        }).ToList();

    private static string HeaderBuild(Generated generated)
    {
        var lines = generated.Text.Split('\n');
        return lines[Array.FindIndex(lines, l => l.StartsWith("# Build it from", StringComparison.Ordinal)) + 1];
    }

    [Fact]
    public void A_bare_project_gets_the_sdks_labels_in_its_order()
    {
        var generated = Generated.For(With(Facts.Web(), ("Authors", "App"), ("PackageVersion", "1.0.0")));

        Assert.Equal(
        [
            new("org.opencontainers.image.created", "${IMAGE_CREATED}"),
            new("org.opencontainers.artifact.created", "${IMAGE_CREATED}"),
            new("org.opencontainers.image.authors", "App"),
            new("org.opencontainers.image.version", "1.0.0"),
            new("org.opencontainers.image.base.name", "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra"),
            new("net.dot.runtime.majorminor", "10.0"),
            new("net.dot.sdk.version", "${DOTNET_SDK_VERSION}"),
            new("org.opencontainers.image.base.digest", "${BASE_IMAGE_DIGEST}"),
        ], Labels(generated));
        Assert.Equal(["IMAGE_CREATED", "DOTNET_SDK_VERSION", "BASE_IMAGE_DIGEST"], generated.Final.Where(i => i.Keyword == "ARG").Select(i => i.Arguments));
        Assert.Contains("--build-arg IMAGE_CREATED=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" --build-arg SOURCE_DATE_EPOCH=", HeaderBuild(generated));
        Assert.DoesNotContain("SOURCE_REVISION", generated.Text);
    }

    [Fact]
    public void Values_fall_back_as_in_the_sdk_and_vendor_has_no_fallback()
    {
        var generated = Generated.For(With(Facts.Console(),
            ("Title", "T"), ("Description", "D"), ("Authors", "A"), ("PackageVersion", "9"), ("Company", "Contoso"), ("Product", "P"),
            ("PackageLicenseExpression", "MIT"), ("PackageProjectUrl", "https://u"), ("RepositoryUrl", "https://r")));
        var labels = Labels(generated).ToDictionary();

        Assert.Equal("T", labels["org.opencontainers.image.title"]);
        Assert.Equal("D", labels["org.opencontainers.image.description"]);
        Assert.Equal("D", labels["org.opencontainers.artifact.description"]);
        Assert.Equal("A", labels["org.opencontainers.image.authors"]);
        Assert.Equal("9", labels["org.opencontainers.image.version"]);
        Assert.Equal("MIT", labels["org.opencontainers.image.licenses"]);
        Assert.Equal("https://u", labels["org.opencontainers.image.url"]);
        Assert.Equal("https://u", labels["org.opencontainers.image.documentation"]);
        Assert.False(labels.ContainsKey("org.opencontainers.image.vendor"));
        Assert.False(labels.ContainsKey("org.opencontainers.image.source")); // PublishRepositoryUrl is not true
    }

    [Fact]
    public void The_Container_properties_win_over_their_fallbacks()
    {
        var generated = Generated.For(With(Facts.Console(),
            ("Title", "T"), ("ContainerTitle", "CT"), ("PackageVersion", "9"), ("ContainerVersion", "10"), ("ContainerVendor", "V"),
            ("PackageProjectUrl", "https://u"), ("ContainerInformationUrl", "https://i"), ("ContainerDocumentationUrl", "https://d")));
        var labels = Labels(generated).ToDictionary();

        Assert.Equal("CT", labels["org.opencontainers.image.title"]);
        Assert.Equal("10", labels["org.opencontainers.image.version"]);
        Assert.Equal("V", labels["org.opencontainers.image.vendor"]);
        Assert.Equal("https://i", labels["org.opencontainers.image.url"]);
        Assert.Equal("https://d", labels["org.opencontainers.image.documentation"]);
    }

    // The SDK's TargetsTests: '.git' is trimmed only for git repositories; the URL comes from SourceLink's PrivateRepositoryUrl.
    [Theory]
    [InlineData("git", "https://git.cosmere.com/shard/whimsy.git", "https://git.cosmere.com/shard/whimsy")]
    [InlineData("git", "https://repos.git.cosmere.com/shard/whimsy.git", "https://repos.git.cosmere.com/shard/whimsy")]
    [InlineData("", "https://git.cosmere.com/shard/whimsy.git", "https://git.cosmere.com/shard/whimsy.git")]
    [InlineData("git", "https://x-access-token:ghs_secret@github.com/o/r.git", "https://github.com/o/r")]
    public void PublishRepositoryUrl_adds_the_source_and_the_revision_from_a_build_argument(string type, string url, string expected)
    {
        var generated = Generated.For(With(Facts.Web(), ("PublishRepositoryUrl", "true"), ("PrivateRepositoryUrl", url), ("RepositoryType", type)));
        var labels = Labels(generated).ToDictionary();

        Assert.Equal(expected, labels["org.opencontainers.image.source"]);
        Assert.Equal("${SOURCE_REVISION}", labels["org.opencontainers.image.revision"]);
        Assert.Contains("--build-arg SOURCE_REVISION=\"$(git rev-parse HEAD)\"", HeaderBuild(generated));
        Assert.DoesNotContain("ghs_secret", generated.Text);
    }

    [Fact]
    public void A_ContainerLabel_item_replaces_the_default_of_its_key()
    {
        var generated = Generated.For(With(Facts.Web(), ("PackageVersion", "1.0.0")) with
        {
            ContainerLabels = [new ProjectItem("org.opencontainers.image.version", new Dictionary<string, string> { ["Value"] = "9" })],
        });

        Assert.Equal("9", Assert.Single(Labels(generated), l => l.Key == "org.opencontainers.image.version").Value);
    }

    [Fact]
    public void A_ContainerLabel_item_replacing_created_drops_its_build_argument()
    {
        var generated = Generated.For(Facts.Web() with
        {
            ContainerLabels =
            [
                new ProjectItem("org.opencontainers.image.created", new Dictionary<string, string> { ["Value"] = "2024-01-01T00:00:00Z" }),
                new ProjectItem("org.opencontainers.artifact.created", new Dictionary<string, string> { ["Value"] = "2024-01-01T00:00:00Z" }),
            ],
        });

        Assert.DoesNotContain("IMAGE_CREATED", generated.Text);
    }

    [Fact]
    public void ContainerGenerateLabels_false_keeps_only_the_projects_own_labels_and_no_build_arguments()
    {
        var generated = Generated.For(With(Facts.Web(), ("ContainerGenerateLabels", "false")) with
        {
            ContainerLabels = [new ProjectItem("com.example.team", new Dictionary<string, string> { ["Value"] = "payments" })],
        });

        Assert.Equal([new("com.example.team", "payments")], Labels(generated));
        Assert.DoesNotContain(generated.Final, i => i.Keyword == "ARG");
        Assert.DoesNotContain("IMAGE_CREATED", generated.Text);
        Assert.DoesNotContain("DOTNET_SDK_VERSION", generated.Text);
    }

    [Theory]
    [InlineData("ImageCreated", "org.opencontainers.image.created")]
    [InlineData("ImageAuthors", "org.opencontainers.image.authors")]
    [InlineData("ImageVersion", "org.opencontainers.image.version")]
    [InlineData("ImageBaseName", "org.opencontainers.image.base.name")]
    [InlineData("ImageBaseDigest", "org.opencontainers.image.base.digest")]
    [InlineData("DotnetToolset", "net.dot.sdk.version")]
    [InlineData("DotnetToolset", "net.dot.runtime.majorminor")]
    public void Each_sub_switch_turns_its_labels_off(string @switch, string key)
    {
        var on = Generated.For(With(Facts.Web(), ("Authors", "A"), ("PackageVersion", "1")));
        var off = Generated.For(With(Facts.Web(), ("Authors", "A"), ("PackageVersion", "1"), ("ContainerGenerateLabels" + @switch, "false")));

        Assert.Contains(Labels(on), l => l.Key == key);
        Assert.DoesNotContain(Labels(off), l => l.Key == key);
    }

    [Fact]
    public void A_switch_that_is_not_a_boolean_is_SDB1009()
    {
        var error = Generated.SingleError(With(Facts.Web(), ("ContainerGenerateLabelsImageCreated", "no")), "SDB1009");

        Assert.Contains("ContainerGenerateLabelsImageCreated", error.Message);
    }

    [Fact]
    public void A_multi_line_description_is_written_on_one_line_and_read_back_exactly()
    {
        var generated = Generated.For(With(Facts.Web(), ("Description", "  Orders: \"fast\" $HOME \\n\r\n    and more.  ")));

        Assert.Equal("  Orders: \"fast\" $HOME \\n and more.  ", Labels(generated).ToDictionary()["org.opencontainers.image.description"]);
    }

    [Fact]
    public void A_pinned_base_image_writes_its_digest()
    {
        var digest = "sha256:" + new string('c', 64);
        var generated = Generated.For(Facts.Web(), new GenerationOptions { BaseImageDigest = digest });

        Assert.Equal(digest, Labels(generated).ToDictionary()["org.opencontainers.image.base.digest"]);
        Assert.DoesNotContain("BASE_IMAGE_DIGEST", generated.Text);
    }
}
