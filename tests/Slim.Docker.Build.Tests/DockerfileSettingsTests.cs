using System.Text.RegularExpressions;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>The SlimDockerfile* settings: what only a Dockerfile can do.</summary>
public class DockerfileSettingsTests
{
    private const string Mcr = ImageReference.MicrosoftRegistry + "/dotnet/";
    private static readonly string DigestA = "sha256:" + new string('a', 64);
    private static readonly string DigestB = "sha256:" + new string('b', 64);

    private static ProjectItem Item(string include, params (string Name, string Value)[] metadata) =>
        new(include, metadata.ToDictionary(m => m.Name, m => m.Value, StringComparer.OrdinalIgnoreCase));

    private static List<string> Keywords(IEnumerable<DockerInstruction> stage) => stage.Select(i => i.Keyword).ToList();

    [Fact]
    public void SdkImage_replaces_the_build_stage_image_only()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { SdkImage = "registry.example.com/build/dotnet-sdk:10.0-ci" });

        Assert.Equal("registry.example.com/build/dotnet-sdk:10.0-ci", generated.BuildImage);
        Assert.Equal("--platform=$BUILDPLATFORM", generated.Build[0].Flags.Single());
        Assert.Equal(Mcr + "aspnet:10.0-noble-chiseled-extra", generated.FinalImage);
    }

    [Fact]
    public void An_invalid_SdkImage_is_SDB1016()
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1016", new GenerationOptions { SdkImage = "SDK:10" });

        Assert.Contains("SlimDockerfileSdkImage", error.Message);
    }

    [Fact]
    public void RegistryMirror_replaces_microsofts_registry_in_every_FROM_and_nothing_else()
    {
        var options = new GenerationOptions { RegistryMirror = "mirror.example.com:8443/mcr/" };

        var generated = Generated.For(Facts.Web(), options);
        var ownBase = Generated.For(Facts.Web() with { ContainerBaseImage = "registry.example.com/base:1" }, options);

        Assert.Equal("mirror.example.com:8443/mcr/dotnet/sdk:10.0-noble", generated.BuildImage);
        Assert.Equal("mirror.example.com:8443/mcr/dotnet/aspnet:10.0-noble-chiseled-extra", generated.FinalImage);
        Assert.DoesNotContain(ImageReference.MicrosoftRegistry, string.Join("\n", generated.Document.Instructions));
        Assert.Contains(generated.Document.Comments, c => c.Contains("registry mirror mirror.example.com:8443/mcr", StringComparison.Ordinal));
        Assert.Equal("registry.example.com/base:1", ownBase.FinalImage);
        Assert.Equal("mirror.example.com:8443/mcr/dotnet/sdk:10.0-noble", ownBase.BuildImage);
    }

    [Theory]
    [InlineData("https://mirror.example.com", "scheme")]
    [InlineData("mirror example", "host name")]
    [InlineData("mirror.example.com/MCR", "path")]
    public void An_invalid_RegistryMirror_is_SDB1028(string mirror, string mentions)
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1028", new GenerationOptions { RegistryMirror = mirror });

        Assert.Contains(mentions, error.Message);
        Assert.Contains("host[:port][/path]", error.Message);
    }

    [Fact]
    public void Digests_pin_each_image_after_the_mirror_is_applied()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions
        {
            BaseImageDigest = DigestA,
            SdkImageDigest = DigestB,
            RegistryMirror = "mirror.example.com",
        });

        Assert.Equal($"mirror.example.com/dotnet/aspnet:10.0-noble-chiseled-extra@{DigestA}", generated.FinalImage);
        Assert.Equal($"mirror.example.com/dotnet/sdk:10.0-noble@{DigestB}", generated.BuildImage);
    }

    [Theory]
    [InlineData("aaaa")]
    [InlineData("sha256:XYZ")]
    [InlineData("sha512:0000000000000000000000000000000000000000000000000000000000000000")]
    public void An_invalid_digest_is_SDB1029_naming_the_property(string digest)
    {
        var baseError = Generated.SingleError(Facts.Web(), "SDB1029", new GenerationOptions { BaseImageDigest = digest });
        var sdkError = Generated.SingleError(Facts.Web(), "SDB1029", new GenerationOptions { SdkImageDigest = digest.ToUpperInvariant() });

        Assert.Contains("SlimDockerfileBaseImageDigest", baseError.Message);
        Assert.Contains("SlimDockerfileSdkImageDigest", sdkError.Message);
        Assert.Contains("64 lower-case hexadecimal", baseError.Message);
    }

    [Fact]
    public void A_second_different_digest_for_a_pinned_image_is_SDB1030()
    {
        var error = Generated.SingleError(
            Facts.Web() with { ContainerBaseImage = $"registry.example.com/base:1@{DigestA}" },
            "SDB1030",
            new GenerationOptions { BaseImageDigest = DigestB });

        Assert.Contains("SlimDockerfileBaseImageDigest", error.Message);
        Assert.Contains(DigestA, error.Message);
    }

    [Fact]
    public void OsPackages_switch_a_chiseled_image_to_the_full_one_and_switch_user_after_installing()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { OsPackages = "libgssapi-krb5-2; libfontconfig1;libgssapi-krb5-2;" });

        Assert.Equal(Mcr + "aspnet:10.0-noble", generated.FinalImage);
        Assert.Equal(["FROM", "RUN", "COPY", "COPY", "WORKDIR", "USER", "EXPOSE", "ENTRYPOINT"], Keywords(generated.Final).Where(k => k is not ("ARG" or "LABEL")));
        var run = generated.Final.Single(i => i.Keyword == "RUN").Arguments;
        Assert.Contains("apt-get install -y --no-install-recommends libfontconfig1 libgssapi-krb5-2 ", run);
        Assert.Contains("rm -rf /var/lib/apt/lists/*", run);
        Assert.Equal("$APP_UID", generated.Final.Single(i => i.Keyword == "USER").Arguments);
        Assert.Contains(generated.Document.Comments, c => c.Contains("SlimDockerfileOsPackages needs a package manager, which the distroless image", StringComparison.Ordinal));
        Assert.Contains(generated.Document.Comments, c => c.Contains(Mcr + "aspnet:10.0-noble-chiseled-extra does not have", StringComparison.Ordinal));
    }

    [Fact]
    public void OsPackages_on_net8_aot_switch_runtime_deps_to_noble()
    {
        var generated = Generated.For(Facts.Console("net8.0") with { PublishAot = "true", InvariantGlobalization = "true" }, new GenerationOptions { OsPackages = "libssl3" });

        Assert.Equal(Mcr + "runtime-deps:8.0-noble", generated.FinalImage);
    }

    [Fact]
    public void OsPackages_on_alpine_use_apk_together_with_icu()
    {
        var generated = Generated.For(Facts.Console("net8.0") with { RuntimeIdentifier = "linux-musl-x64", SelfContained = "true" }, new GenerationOptions { OsPackages = "curl" });

        Assert.Equal(Mcr + "runtime-deps:8.0-alpine", generated.FinalImage);
        Assert.Equal("apk add --no-cache icu-data-full icu-libs tzdata curl", generated.Final.Single(i => i.Keyword == "RUN").Arguments);
        Assert.Equal("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", generated.Final.Single(i => i.Keyword == "ENV").Arguments);
    }

    [Fact]
    public void OsPackages_on_azure_linux_distroless_switch_to_azure_linux_and_tdnf()
    {
        var generated = Generated.For(Facts.Web() with { ContainerFamily = "azurelinux3.0-distroless" }, new GenerationOptions { OsPackages = "curl" });

        Assert.Equal(Mcr + "aspnet:10.0-azurelinux3.0", generated.FinalImage);
        Assert.StartsWith("tdnf install -y curl", generated.Final.Single(i => i.Keyword == "RUN").Arguments);
    }

    [Fact]
    public void OsPackages_on_a_full_ContainerBaseImage_use_apt_get_without_switching()
    {
        var generated = Generated.For(Facts.Web() with { ContainerBaseImage = "registry.example.com/base:1" }, new GenerationOptions { OsPackages = "curl" });

        Assert.Equal("registry.example.com/base:1", generated.FinalImage);
        Assert.Contains("apt-get install -y --no-install-recommends curl", generated.Final.Single(i => i.Keyword == "RUN").Arguments);
    }

    [Fact]
    public void OsPackages_on_a_distroless_ContainerBaseImage_is_SDB1032()
    {
        var error = Generated.SingleError(
            Facts.Web() with { ContainerBaseImage = Mcr + "aspnet:10.0-noble-chiseled" },
            "SDB1032",
            new GenerationOptions { OsPackages = "curl" });

        Assert.Contains("'curl'", error.Message);
        Assert.Contains("no package manager", error.Message);
    }

    [Theory]
    [InlineData("Curl")]
    [InlineData("curl=7.88")]
    [InlineData("-y")]
    [InlineData("curl wget")]
    public void An_invalid_package_name_is_SDB1031(string package)
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1031", new GenerationOptions { OsPackages = package });

        Assert.Contains($"'{package}'", error.Message);
    }

    [Fact]
    public void Build_args_are_declared_in_the_build_stage_sorted_with_their_defaults()
    {
        const string tricky = "1.0 \"beta\" $X";
        var generated = Generated.For(Facts.Web(), new GenerationOptions
        {
            BuildArgs = [Item("VERSION_SUFFIX", ("Value", tricky)), Item("CI"), Item("EMPTY", ("Value", ""))],
        });

        var args = generated.Build.Where(i => i.Keyword == "ARG").SelectMany(DockerfileDocument.KeyValues).ToList();
        // SOURCE_DATE_EPOCH comes last, just before publish: a new value never invalidates the restore layer.
        Assert.Equal([new("TARGETARCH", null), new("CI", null), new("EMPTY", ""), new("VERSION_SUFFIX", tricky), new("SOURCE_DATE_EPOCH", null)], args);
        // The final stage declares only the arguments of its labels.
        Assert.Equal(["IMAGE_CREATED", "DOTNET_SDK_VERSION", "BASE_IMAGE_DIGEST"], generated.Final.Where(i => i.Keyword == "ARG").Select(i => i.Arguments));
    }

    [Theory]
    [InlineData("1X")]
    [InlineData("MY-ARG")]
    public void An_invalid_build_arg_name_is_SDB1033(string name)
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1033", new GenerationOptions { BuildArgs = [Item(name)] });

        Assert.Contains($"'{name}'", error.Message);
    }

    [Fact]
    public void A_build_arg_default_with_a_line_break_is_SDB1027()
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1027", new GenerationOptions { BuildArgs = [Item("A", ("Value", "x\ny"))] });

        Assert.Contains("SlimDockerfileBuildArg 'A'", error.Message);
    }

    [Fact]
    public void CacheMounts_restore_and_publish_in_one_RUN_with_the_nuget_cache()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { CacheMounts = "true" });

        Assert.Equal(["FROM", "ARG", "WORKDIR", "COPY", "ARG", "RUN"], Keywords(generated.Build));
        Assert.Equal(". .", generated.Build.Single(i => i.Keyword == "COPY").Arguments);
        var run = generated.Build.Single(i => i.Keyword == "RUN");
        Assert.Equal("type=cache,id=nuget,target=/root/.nuget/packages", run.Flag("mount"));
        Assert.Matches(@"&& dotnet restore App\.csproj .* && dotnet publish App\.csproj --no-restore ", run.Arguments);
        Assert.Contains(generated.Document.Comments, c => c.Contains("restore and publish share one", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_CacheMounts_packages_stay_in_the_restore_layer()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { CacheMounts = "false" });

        Assert.Equal(["FROM", "ARG", "WORKDIR", "COPY", "RUN", "COPY", "ARG", "RUN"], Keywords(generated.Build));
        Assert.All(generated.Build.Where(i => i.Keyword == "RUN"), r => Assert.Null(r.Flag("mount")));
    }

    [Fact]
    public void CopyLink_false_removes_link_for_older_engines()
    {
        var linked = Generated.For(Facts.Web());
        var plain = Generated.For(Facts.Web(), new GenerationOptions { CopyLink = "false" });

        Assert.Equal(2, linked.Final.Count(i => i.Keyword == "COPY"));
        Assert.All(linked.Final.Where(i => i.Keyword == "COPY"), c => Assert.Equal(["--link", "--from=build"], c.Flags));
        Assert.All(plain.Document.All("COPY").Where(c => c.Flag("from") is not null), c => Assert.Null(c.Flag("link")));
    }

    [Fact]
    public void NuGetConfigSecret_mounts_the_secret_for_restore_only_and_points_configfile_at_it()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { NuGetConfigSecret = "private-feed.config" });

        var runs = generated.Build.Where(i => i.Keyword == "RUN").ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(["--mount=type=secret,id=private-feed.config,required=true"], runs[0].Flags);
        Assert.Matches(@"^dotnet restore App\.csproj -a ""\$TARGETARCH"" --configfile /run/secrets/private-feed\.config -p:GenerateSlimDockerfile=false$", runs[0].Arguments);
        Assert.Empty(runs[1].Flags);
        Assert.Contains("&& dotnet publish App.csproj --no-restore ", runs[1].Arguments);
        Assert.DoesNotContain("--configfile", runs[1].Arguments);
        Assert.DoesNotContain(generated.Document.Instructions, i => i.Keyword is "ARG" or "ENV" && i.Arguments.Contains("secret", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(generated.Document.Comments, c => c.Contains("in the image history, where an ARG or ENV", StringComparison.Ordinal));
        Assert.Contains(generated.Document.Comments, c => c.Contains("(e.g. /src/local-feed)", StringComparison.Ordinal));
    }

    [Fact]
    public void NuGetConfigSecret_with_CacheMounts_gives_the_single_RUN_both_mounts()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { NuGetConfigSecret = "true", CacheMounts = "true" });

        var run = generated.Build.Single(i => i.Keyword == "RUN");
        Assert.Equal(
            ["--mount=type=cache,id=nuget,target=/root/.nuget/packages", "--mount=type=secret,id=nugetconfig,required=true"],
            run.Flags);
        Assert.Matches(@"&& dotnet restore App\.csproj -a ""\$TARGETARCH"" --configfile /run/secrets/nugetconfig -p:GenerateSlimDockerfile=false +&& dotnet publish App\.csproj --no-restore ", run.Arguments);
        Assert.Single(Regex.Matches(run.Arguments, "--configfile"));
    }

    [Fact]
    public void NuGetConfigSecret_header_builds_with_the_secret_and_says_what_it_is()
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { NuGetConfigSecret = "true" });

        var lines = generated.Text.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("# Build it from ", StringComparison.Ordinal));
        Assert.Equal("#   docker build -t app --build-arg IMAGE_CREATED=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" --build-arg SOURCE_DATE_EPOCH=\"$(git log -1 --format=%ct 2>/dev/null)\" --secret id=nugetconfig,src=\"$HOME/.nuget/NuGet/NuGet.Config\" .", lines[at + 1]);
        Assert.StartsWith("# --secret is the nuget.config restore reads", lines[at + 2]);
        Assert.Contains("Keep it outside the build context", lines[at + 4]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("false")]
    [InlineData(" False ")]
    public void Without_NuGetConfigSecret_restore_reads_the_contexts_nuget_config(string value)
    {
        var generated = Generated.For(Facts.Web(), new GenerationOptions { NuGetConfigSecret = value });

        Assert.All(generated.Build.Where(i => i.Keyword == "RUN"), r => Assert.Empty(r.Flags));
        Assert.DoesNotContain("--secret", generated.Text);
        Assert.DoesNotContain("--configfile", generated.Text);
        Assert.Equal(Generated.For(Facts.Web()).Text, generated.Text);
    }

    [Theory]
    [InlineData("nuget config")]
    [InlineData("id,src=/etc/passwd")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("$HOME")]
    public void An_invalid_NuGetConfigSecret_id_is_SDB1034(string id)
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1034", new GenerationOptions { NuGetConfigSecret = id });

        Assert.Contains($"'{id}'", error.Message);
        Assert.Contains("SlimDockerfileNuGetConfigSecret", error.Message);
        Assert.Contains("'nugetconfig'", error.Message);
    }

    [Theory]
    [InlineData("yes", "SlimDockerfileCacheMounts")]
    [InlineData("1", "SlimDockerfileCopyLink")]
    public void A_boolean_setting_that_is_not_true_or_false_is_SDB1009(string value, string property)
    {
        var options = property == "SlimDockerfileCacheMounts" ? new GenerationOptions { CacheMounts = value } : new GenerationOptions { CopyLink = value };

        var error = Generated.SingleError(Facts.Web(), "SDB1009", options);

        Assert.Contains($"'{property}'", error.Message);
    }
}
