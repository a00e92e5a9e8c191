using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests;

public class ImageCatalogTests
{
    [Theory]
    [InlineData("noble", "aspnet", 10)]
    [InlineData("noble-chiseled-extra", "runtime", 8)]
    [InlineData("noble-chiseled-composite", "aspnet", 10)]
    [InlineData("noble-chiseled-composite-extra", "aspnet", 9)]
    [InlineData("jammy-chiseled", "runtime-deps", 8)]
    [InlineData("jammy", "aspnet", 8)]
    [InlineData("bookworm-slim", "runtime", 9)]
    [InlineData("alpine", "aspnet", 8)]
    [InlineData("alpine-extra", "runtime-deps", 9)]
    [InlineData("alpine-extra", "aspnet", 10)]
    [InlineData("alpine-extra", "aspnet", 8)] // runtime and aspnet -alpine-extra since January 2026
    [InlineData("alpine3.24-composite", "aspnet", 8)]
    [InlineData("alpine3.24-extra", "runtime-deps", 8)]
    [InlineData("resolute-chiseled-composite-extra", "aspnet", 10)]
    [InlineData("resolute", "runtime", 10)]
    [InlineData("azurelinux3.0", "runtime", 10)]
    [InlineData("azurelinux3.0-distroless-extra", "aspnet", 10)]
    public void Knows_the_families_microsoft_publishes(string name, string repository, int major)
    {
        var family = ImageCatalog.Find(name, repository, new DotNetVersion(major, 0));

        Assert.NotNull(family);
        Assert.Equal(name, family.Name);
    }

    [Theory]
    [InlineData("jammy", "aspnet", 10)] // jammy images ended with .NET 8
    [InlineData("bookworm-slim", "aspnet", 10)] // .NET 10's plain tag is Ubuntu
    [InlineData("noble-chiseled-composite", "runtime", 10)] // composite is ASP.NET Core only
    [InlineData("alpine-extra", "runtime-deps", 8)] // per-architecture tags only, no multi-platform one
    [InlineData("alpine-composite", "aspnet", 8)] // the floating composite tags went with Alpine 3.22
    [InlineData("resolute-chiseled", "runtime", 9)] // Ubuntu 26.04 images start with .NET 10
    [InlineData("azurelinux3.0-distroless-composite", "runtime", 10)] // composite is ASP.NET Core only
    [InlineData("noble-extra", "aspnet", 10)] // full images need no -extra
    [InlineData("Noble", "aspnet", 10)] // tags are case-sensitive
    [InlineData("windowsservercore", "aspnet", 10)]
    public void Refuses_families_microsoft_does_not_publish(string name, string repository, int major)
    {
        Assert.Null(ImageCatalog.Find(name, repository, new DotNetVersion(major, 0)));
    }

    [Fact]
    public void Distroless_families_have_no_package_manager_and_a_full_counterpart()
    {
        var chiseled = ImageCatalog.Find("noble-chiseled-composite-extra", "aspnet", DotNetVersion.Net10)!;
        var azure = ImageCatalog.Find("azurelinux3.0-distroless", "runtime", DotNetVersion.Net10)!;

        Assert.Equal(PackageManager.None, chiseled.PackageManager);
        Assert.Equal("noble", ImageCatalog.FullCounterpart(chiseled)!.Name);
        Assert.Equal(PackageManager.AptGet, ImageCatalog.FullCounterpart(chiseled)!.PackageManager);
        Assert.Equal("azurelinux3.0", ImageCatalog.FullCounterpart(azure)!.Name);
        Assert.Equal(PackageManager.Tdnf, ImageCatalog.FullCounterpart(azure)!.PackageManager);
        Assert.Null(ImageCatalog.FullCounterpart(ImageCatalog.Find("alpine", "runtime", DotNetVersion.Net10)!));
    }

    [Theory]
    [InlineData("noble", true)]
    [InlineData("noble-chiseled", false)]
    [InlineData("noble-chiseled-extra", true)]
    [InlineData("alpine", false)]
    [InlineData("alpine-extra", true)]
    [InlineData("azurelinux3.0-distroless", false)]
    public void Only_full_and_extra_images_carry_icu(string name, bool hasGlobalizationData)
    {
        Assert.Equal(hasGlobalizationData, ImageCatalog.Find(name, "runtime-deps", DotNetVersion.Net10)!.HasGlobalizationData);
    }

    [Theory]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", "noble-chiseled-extra", true, false, "None", true, "ChiseledExtra", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", "noble-chiseled", true, false, "None", false, "Chiseled", true)]
    [InlineData("mcr.microsoft.com/dotnet/runtime:10.0", "noble", false, false, "AptGet", true, "Full", false)]
    [InlineData("mcr.microsoft.com/dotnet/runtime:8.0", "bookworm-slim", false, false, "AptGet", true, "Full", false)]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine", "alpine", false, true, "Apk", false, "Alpine", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless@sha256:0000000000000000000000000000000000000000000000000000000000000000", "azurelinux3.0-distroless", true, false, "None", false, "Chiseled", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0", "azurelinux3.0", false, false, "Tdnf", true, "Full", false)]
    public void Describe_reads_a_Microsoft_image_from_the_table(
        string reference, string family, bool distroless, bool musl, string packageManager, bool globalization, string contents, bool nonRoot)
    {
        var facts = ImageCatalog.Describe(ImageReferenceParser.Parse(reference, out _)!);

        Assert.True(facts.IsMicrosoft);
        Assert.Equal(family, facts.Family?.Name);
        Assert.Equal(distroless, facts.Distroless);
        Assert.Equal(musl, facts.Musl);
        Assert.Equal(packageManager, facts.PackageManager.ToString());
        Assert.Equal(globalization, facts.HasGlobalizationData);
        Assert.Equal(contents, facts.Contents?.ToString());
        Assert.Equal(nonRoot, facts.RunsAsNonRoot);
    }

    [Theory]
    [InlineData("registry.example.com/base/aspnet:10.0", "AptGet")]
    [InlineData("alpine:3.20", "Apk")]
    [InlineData("mcr.microsoft.com/azurelinux/base/core:3.0", "Tdnf")]
    public void Describe_says_only_what_the_name_of_another_image_hints(string reference, string packageManager)
    {
        var facts = ImageCatalog.Describe(ImageReferenceParser.Parse(reference, out _)!);

        Assert.False(facts.IsMicrosoft);
        Assert.Null(facts.Family);
        Assert.Null(facts.Contents);
        Assert.False(facts.RunsAsNonRoot);
        Assert.Equal(packageManager, facts.PackageManager.ToString());
    }
}
