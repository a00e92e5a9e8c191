using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests;

/// <summary>The debug stage: one flag away (docker build --target debug), never in the default build.</summary>
public class DebugStageTests
{
    private const string Mcr = ImageReference.MicrosoftRegistry + "/dotnet/";

    private static string[] StageNames(Generated generated) =>
        generated.Document.All("FROM").Select(f => f.Arguments.Split(' ')[^1]).ToArray();

    [Fact]
    public void The_debug_stage_comes_before_the_final_stage_which_stays_last()
    {
        var generated = Generated.For(Facts.Web());

        Assert.Equal(["build", "tools", "debug", "final"], StageNames(generated));
    }

    [Fact]
    public void Tools_are_installed_in_their_own_sdk_stage_and_copied_onto_the_PATH_of_the_full_image()
    {
        var generated = Generated.For(Facts.Web() with { ContainerEnvironmentVariables = [new ProjectItem("TZ", new Dictionary<string, string> { ["Value"] = "Europe/Paris" })] });
        var stages = generated.Document.Stages();
        var (tools, debug) = (stages[1], stages[2]);

        Assert.Equal(Mcr + "sdk:10.0-noble AS tools", tools[0].Arguments);
        var install = tools.Single(i => i.Keyword == "RUN").Arguments;
        foreach (var tool in new[] { "dotnet-counters", "dotnet-dump", "dotnet-trace" })
        {
            Assert.Contains($"dotnet tool install --tool-path /tools {tool}", install);
        }

        Assert.Equal(Mcr + "aspnet:10.0-noble AS debug", debug[0].Arguments);
        Assert.Contains(debug, i => i.Keyword == "COPY" && i.Flag("from") == "tools");
        Assert.Contains(debug, i => i.Keyword == "COPY" && i.Flag("from") == "build");
        Assert.Equal("PATH=\"${PATH}:/tools\"", debug.First(i => i.Keyword == "ENV").Arguments);
        Assert.Contains(debug, i => i.Keyword == "ENV" && i.Arguments.StartsWith("TZ=", StringComparison.Ordinal));
        Assert.Equal("$APP_UID", debug.Single(i => i.Keyword == "USER").Arguments);
        Assert.Equal("/app", debug.Single(i => i.Keyword == "WORKDIR").Arguments);
        Assert.Equal("8080", debug.Single(i => i.Keyword == "EXPOSE").Arguments);
        Assert.Equal(["dotnet", "/app/App.dll"], debug.Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
    }

    [Theory]
    [InlineData("true", "", "runtime:10.0-noble")]
    [InlineData("false", "true", "runtime:10.0-noble")]
    public void Self_contained_and_AOT_apps_debug_on_the_runtime_image_because_the_tools_need_it(string selfContained, string aot, string image)
    {
        var generated = Generated.For(Facts.Console() with { SelfContained = selfContained, PublishAot = aot });
        var debug = generated.Document.Stages()[2];

        Assert.Equal($"{Mcr}{image} AS debug", debug[0].Arguments);
        Assert.Equal(["/app/App"], debug.Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
    }

    [Fact]
    public void The_debug_image_goes_through_the_registry_mirror_and_keeps_ContainerUser()
    {
        var generated = Generated.For(Facts.Console() with { ContainerUser = "1000" }, new GenerationOptions { RegistryMirror = "mirror.example.com/mcr" });
        var debug = generated.Document.Stages()[2];

        Assert.Equal("mirror.example.com/mcr/dotnet/runtime:10.0-noble AS debug", debug[0].Arguments);
        Assert.Equal("1000", debug.Single(i => i.Keyword == "USER").Arguments);
    }
}
