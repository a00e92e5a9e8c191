using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>The step most integration tests start with: a real publish with generation on, then the parsed Dockerfile.</summary>
internal static class Publishing
{
    public static async Task<DockerfileDocument> PublishAndParse(Workspace workspace, string projectFolder, string dockerfile, params string[] extra)
    {
        var result = await workspace.Dotnet(projectFolder, ["publish", "-p:GenerateSlimDockerfile=true", .. extra]);
        Assert.True(result.Succeeded, result.ToString());
        Assert.True(workspace.Exists(dockerfile), $"{dockerfile} was not written.\n{result}");
        return DockerfileDocument.Parse(workspace.Read(dockerfile));
    }
}
