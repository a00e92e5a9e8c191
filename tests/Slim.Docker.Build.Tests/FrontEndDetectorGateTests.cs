using Slim.Docker.Build.FrontEnds;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// The project's targets are read (a second evaluation, hundreds of milliseconds) only where a front end may be, so
/// that generation for an ordinary app stays fast.
/// </summary>
public class FrontEndDetectorGateTests
{
    [Theory]
    [InlineData("src/Web/ClientApp/package.json")]
    [InlineData("src/Web/package.json")]
    [InlineData("src/client/package.json")]
    public void A_package_json_in_the_project_or_a_sibling_folder_may_be_a_front_end(string packageJson)
    {
        using var temp = new TempDirectory();
        var project = temp.Write("src/Web/Web.csproj", "<Project />");
        temp.Write(packageJson, "{}");

        Assert.True(FrontEndDetector.MayHaveFrontEnd(Facts.Web(projectPath: project)));
    }

    [Fact]
    public void A_project_without_any_front_end_signal_is_not_evaluated_again()
    {
        using var temp = new TempDirectory();
        var project = temp.Write("src/Web/Web.csproj", "<Project />");
        temp.Write("src/Web/node_modules/left-pad/package.json", "{}");
        temp.Write("src/Web/bin/Release/package.json", "{}");
        temp.Write("package.json", "{}"); // two levels up, and no repository marks it as this project's

        Assert.False(FrontEndDetector.MayHaveFrontEnd(Facts.Web(projectPath: project)));
    }

    [Theory]
    [InlineData("frontend/package.json")]
    [InlineData("package.json")]
    public void A_package_json_anywhere_on_the_way_up_to_the_repository_root_may_be_a_front_end(string packageJson)
    {
        // The shape of a repository whose Directory.Build.targets runs npm in frontend/ with no SpaRoot anywhere.
        using var temp = new TempDirectory();
        temp.Write(".git/HEAD", "ref: refs/heads/main");
        var project = temp.Write("src/Web/Web.csproj", "<Project />");
        temp.Write(packageJson, "{}");

        Assert.True(FrontEndDetector.MayHaveFrontEnd(Facts.Web(projectPath: project)));
    }

    [Fact]
    public void The_search_stops_at_the_repository_root()
    {
        using var temp = new TempDirectory();
        temp.Write("outside/package.json", "{}");
        temp.Write("repo/.git/HEAD", "ref: refs/heads/main");
        temp.Write("repo/clients/web/package.json", "{}"); // two levels below the root: found only through SpaRoot
        var project = temp.Write("repo/src/Web/Web.csproj", "<Project />");

        Assert.False(FrontEndDetector.MayHaveFrontEnd(Facts.Web(projectPath: project)));
    }

    [Fact]
    public void SpaRoot_or_an_esproj_reference_is_enough()
    {
        using var temp = new TempDirectory();
        var project = temp.Write("src/Web/Web.csproj", "<Project />");
        var facts = Facts.Web(projectPath: project);

        Assert.True(FrontEndDetector.MayHaveFrontEnd(facts.WithProperty(KnownStrings.ProjectProperties.SpaRoot, "../../ui/")));
        Assert.True(FrontEndDetector.MayHaveFrontEnd(facts with { ProjectReferences = ["../ui/ui.esproj"] }));
    }
}
