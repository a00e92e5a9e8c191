using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.Tests;

public class ImageReferenceParserTests
{
    private static readonly string Digest = "sha256:" + new string('a', 64);

    [Theory]
    [InlineData(ImageReference.MicrosoftRegistry + "/dotnet/aspnet:10.0", ImageReference.MicrosoftRegistry, "dotnet/aspnet", "10.0", "")]
    [InlineData("ubuntu", "", "ubuntu", "", "")]
    [InlineData("library/ubuntu:24.04", "", "library/ubuntu", "24.04", "")]
    [InlineData("localhost:5000/dotnet/aspnet:10.0-noble-chiseled", "localhost:5000", "dotnet/aspnet", "10.0-noble-chiseled", "")]
    [InlineData("registry.example.com:443/team/my-app_x:1.2.3", "registry.example.com:443", "team/my-app_x", "1.2.3", "")]
    [InlineData("10.1.2.3:5000/app:latest", "10.1.2.3:5000", "app", "latest", "")]
    public void Parses_registry_repository_and_tag(string text, string registry, string repository, string tag, string digest)
    {
        var reference = ImageReferenceParser.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(new ImageReference(registry, repository, tag, digest), reference);
        Assert.Equal(text, reference!.ToString());
    }

    [Fact]
    public void Parses_a_digest_with_or_without_a_tag()
    {
        var both = ImageReferenceParser.Parse($"registry.example.com/app:1.0@{Digest}", out _)!;
        var digestOnly = ImageReferenceParser.Parse($"registry.example.com/app@{Digest}", out _)!;

        Assert.Equal(("1.0", Digest), (both.Tag, both.Digest));
        Assert.Equal(("", Digest), (digestOnly.Tag, digestOnly.Digest));
        Assert.Equal($"registry.example.com/app@{Digest}", digestOnly.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("registry.example.com/My/App:1.0", "lower-case")]
    [InlineData("app:bad tag", "blanks")]
    [InlineData("app:-starts-with-dash", "tag '-starts-with-dash'")]
    [InlineData("app@sha256:abc", "64 lower-case hexadecimal")]
    [InlineData("app@md5:0123", "'sha256:'")]
    [InlineData("bad_host.example.com/app:1", "registry 'bad_host.example.com'")]
    [InlineData("host.example.com:99999/app:1", "registry 'host.example.com:99999'")]
    [InlineData("https://registry.example.com/app:1", "scheme")]
    public void Says_what_is_wrong_with_an_invalid_reference(string text, string problemMentions)
    {
        Assert.Null(ImageReferenceParser.Parse(text, out var problem));
        Assert.Contains(problemMentions, problem);
    }

    [Theory]
    [InlineData("mirror.example.com")]
    [InlineData("localhost:5000")]
    [InlineData("mirror.example.com:8443/mcr")]
    [InlineData("10.0.0.1/proxy/microsoft")]
    public void Accepts_registry_locations(string text)
    {
        Assert.Null(ImageReferenceParser.CheckRegistryLocation(text));
    }

    [Theory]
    [InlineData("https://mirror.example.com", "scheme")]
    [InlineData("mirror example.com", "host name")]
    [InlineData("mirror.example.com/Upper", "path 'Upper'")]
    [InlineData("mirror.example.com:0", "host name")]
    public void Refuses_what_is_not_a_registry_location(string text, string problemMentions)
    {
        Assert.Contains(problemMentions, ImageReferenceParser.CheckRegistryLocation(text));
    }

    [Fact]
    public void Only_microsofts_dotnet_repositories_count_as_microsofts_dotnet_images()
    {
        Assert.True(ImageReference.DotNet("aspnet", "10.0").IsMicrosoftDotNet);
        Assert.False(new ImageReference(ImageReference.MicrosoftRegistry, "azurelinux/base/core", "3.0").IsMicrosoftDotNet);
        Assert.False(new ImageReference("mirror.example.com", "dotnet/aspnet", "10.0").IsMicrosoftDotNet);
    }
}
