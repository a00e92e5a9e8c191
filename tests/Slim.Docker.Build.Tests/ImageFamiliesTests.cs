using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests;

public class ImageFamiliesTests
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
    [InlineData("alpine-extra", "runtime-deps", 8)]
    [InlineData("alpine-extra", "aspnet", 10)]
    [InlineData("alpine-composite", "aspnet", 8)]
    [InlineData("azurelinux3.0", "runtime", 10)]
    [InlineData("azurelinux3.0-distroless-extra", "aspnet", 10)]
    public void Knows_the_families_microsoft_publishes(string name, string repository, int major)
    {
        var family = ImageFamilies.Find(name, repository, new DotNetVersion(major, 0));

        Assert.NotNull(family);
        Assert.Equal(name, family.Name);
    }

    [Theory]
    [InlineData("jammy", "aspnet", 10)] // jammy images ended with .NET 8
    [InlineData("bookworm-slim", "aspnet", 10)] // .NET 10's plain tag is Ubuntu
    [InlineData("noble-chiseled-composite", "runtime", 10)] // composite is ASP.NET Core only
    [InlineData("alpine-extra", "aspnet", 8)] // -alpine-extra for aspnet from .NET 10 on
    [InlineData("noble-extra", "aspnet", 10)] // full images need no -extra
    [InlineData("Noble", "aspnet", 10)] // tags are case-sensitive
    [InlineData("windowsservercore", "aspnet", 10)]
    public void Refuses_families_microsoft_does_not_publish(string name, string repository, int major)
    {
        Assert.Null(ImageFamilies.Find(name, repository, new DotNetVersion(major, 0)));
    }

    [Fact]
    public void Distroless_families_have_no_package_manager_and_a_full_counterpart()
    {
        var chiseled = ImageFamilies.Find("noble-chiseled-composite-extra", "aspnet", DotNetVersion.Net10)!;
        var azure = ImageFamilies.Find("azurelinux3.0-distroless", "runtime", DotNetVersion.Net10)!;

        Assert.Equal(PackageManager.None, chiseled.PackageManager);
        Assert.Equal("noble", ImageFamilies.FullCounterpart(chiseled)!.Name);
        Assert.Equal(PackageManager.AptGet, ImageFamilies.FullCounterpart(chiseled)!.PackageManager);
        Assert.Equal("azurelinux3.0", ImageFamilies.FullCounterpart(azure)!.Name);
        Assert.Equal(PackageManager.Tdnf, ImageFamilies.FullCounterpart(azure)!.PackageManager);
        Assert.Null(ImageFamilies.FullCounterpart(ImageFamilies.Find("alpine", "runtime", DotNetVersion.Net10)!));
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
        Assert.Equal(hasGlobalizationData, ImageFamilies.Find(name, "runtime-deps", DotNetVersion.Net10)!.HasGlobalizationData);
    }
}
