using Slim.Docker.Build.Images;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
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

        var result = DockerfilePlanner.Plan(Facts.Console(projectPath: app) with { ContainerRepository = "My App!" }, new GenerationOptions());

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

        var result = DockerfilePlanner.Plan(Facts.Console(projectPath: app) with { ContainerRepository = "contoso/api" }, new GenerationOptions());

        Assert.True(result.Succeeded);
        Assert.Equal("contoso/api", result.Model!.ImageName);
    }
}

public class ProjectAssetsReaderTests
{
    [Fact]
    public void Reads_the_transitive_project_closure_relative_to_the_project()
    {
        using var temp = new TempDirectory();
        var assets = temp.Write("src/App/obj/project.assets.json", """
            { "libraries": {
                "Lib/1.0.0": { "type": "project", "path": "../Lib/Lib.csproj", "msbuildProject": "../Lib/Lib.csproj" },
                "Deep/1.0.0": { "type": "project", "path": "../../deep/Deep.csproj", "msbuildProject": "../../deep/Deep.csproj" },
                "Newtonsoft.Json/13.0.1": { "type": "package", "path": "newtonsoft.json/13.0.1" } } }
            """);

        var closure = ProjectAssetsReader.ReadProjectReferences(assets, temp["src/App"], out var error);

        Assert.Null(error);
        Assert.Equal([temp["src/Lib/Lib.csproj"], temp["deep/Deep.csproj"]], closure);
    }

    [Fact]
    public void A_broken_assets_file_gives_an_error_not_an_exception()
    {
        using var temp = new TempDirectory();
        var assets = temp.Write("obj/project.assets.json", "{ \"libraries\": ");

        var closure = ProjectAssetsReader.ReadProjectReferences(assets, temp.Path, out var error);

        Assert.Null(closure);
        Assert.False(string.IsNullOrEmpty(error));
    }
}
