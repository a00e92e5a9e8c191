using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>GenerateSlimDockerfile accepts what MSBuild's conditions read as booleans; anything else warns instead of doing nothing.</summary>
public class GenerateSwitchTests(PackageFixture package)
{
    private static async Task<(Workspace Workspace, ProcessResult Result)> Publish(PackageFixture package, string value)
    {
        var workspace = new Workspace(package, "switch");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);
        var result = await workspace.Dotnet("App", "publish", $"-p:GenerateSlimDockerfile={value}");
        Assert.True(result.Succeeded, result.ToString());
        return (workspace, result);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("On")]
    [InlineData("!false")]
    public async Task An_MSBuild_true_generates_and_reports_the_published_size(string value)
    {
        var (workspace, result) = await Publish(package, value);
        using var _ = workspace;

        Assert.True(workspace.Exists("App/Dockerfile"), result.ToString());
        Assert.True(workspace.Exists(".dockerignore"));
        Assert.Contains("Slim.Docker.Build: estimated image size", result.Output);
        Assert.DoesNotContain("SDB1037", result.Output);
    }

    [Fact]
    public async Task A_value_MSBuild_does_not_read_as_a_boolean_is_warning_SDB1037_and_writes_nothing()
    {
        var (workspace, result) = await Publish(package, "1");
        using var _ = workspace;

        Assert.Contains("warning SDB1037", result.Output);
        Assert.Contains("GenerateSlimDockerfile is '1'", result.Output);
        Assert.Contains("true (or on, yes, !false, !off, !no)", result.Output);
        Assert.Contains("App.csproj", result.Output);
        Assert.False(workspace.Exists("App/Dockerfile"));
        Assert.False(workspace.Exists(".dockerignore"));
        Assert.DoesNotContain("Slim.Docker.Build: estimated image size", result.Output);
    }
}
