using Slim.Docker.Build.Images;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

public class ImageNameTests
{
    [Theory]
    [InlineData("MyApp", "myapp")]
    [InlineData("My.Company App", "my-company-app")]
    [InlineData("__", "app")]
    public void The_image_name_derives_from_the_assembly_name(string assemblyName, string expected)
    {
        Assert.Equal(expected, ImageName.FromAssemblyName(assemblyName));
        Assert.True(ImageName.IsValidRepository(expected));
    }

    [Fact]
    public void An_invalid_ContainerRepository_is_SDB1015_with_a_suggestion()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        var result = DockerfilePlanner.Plan(Facts.Console(projectPath: app) with { ContainerRepository = "My App!" });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SDB1015", error.Code);
        Assert.Contains("'my-app'", error.Message);
        Assert.Equal(app, error.File);
    }

    [Fact]
    public void A_valid_ContainerRepository_names_the_image()
    {
        using var temp = new TempDirectory();
        var app = temp.Write("App/App.csproj", "<Project />");

        var result = DockerfilePlanner.Plan(Facts.Console(projectPath: app) with { ContainerRepository = "contoso/api" });

        Assert.True(result.Succeeded);
        Assert.Equal("contoso/api", result.Model!.ImageName);
    }
}
