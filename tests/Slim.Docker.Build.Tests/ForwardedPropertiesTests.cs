using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Tests;

public class ForwardedPropertiesTests
{
    [Fact]
    public void Forwards_what_the_user_asked_for_and_nothing_host_specific()
    {
        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["PublishAot"] = "true",
            ["InvariantGlobalization"] = "true",
            ["Configuration"] = "Release",
            ["TargetFramework"] = "net10.0",
            ["RuntimeIdentifier"] = "linux-x64",
            ["_IsPublishing"] = "true",
            ["_CommandLineDefinedRuntimeIdentifier"] = "true",
            ["GenerateSlimDockerfile"] = "true",
            ["SlimDockerfileOverwrite"] = "true",
            ["PublishDir"] = "/home/me/out/",
            ["RestoreSources"] = "/home/me/feed",
            ["MSBuildExtensionsPath"] = "/x",
            ["Version"] = "1.2.3",
            ["DOTNET_CLI_DISABLE_PUBLISH_AND_PACK_RELEASE"] = "true",
        };

        var forwarded = ForwardedProperties.Select(globals).Select(p => p.Key);

        Assert.Equal(["InvariantGlobalization", "PublishAot", "Version"], forwarded);
    }

    [Theory]
    [InlineData("Version", "1.2.3", "-p:Version=1.2.3")]
    [InlineData("DefineConstants", "A;B", "-p:DefineConstants=\"A;B\"")]
    [InlineData("NoWarn", "CS1,CS2", "-p:NoWarn=\"CS1,CS2\"")]
    [InlineData("Title", "My App", "-p:Title=\"My App\"")]
    [InlineData("Weird", "50%\"", "-p:Weird=50%25%22")]
    [InlineData("Empty", "", "-p:Empty=\"\"")]
    public void Arguments_keep_msbuild_separators_and_quotes_literal(string name, string value, string expected)
    {
        Assert.Equal(expected, ForwardedProperties.ToArgument(name, value));
    }

    [Theory]
    [InlineData("Version", true)]
    [InlineData("_Private-2", true)]
    [InlineData("A=1;Configuration", false)]
    [InlineData("1A", false)]
    [InlineData("-A", false)]
    [InlineData("A.B", false)]
    [InlineData("A B", false)]
    [InlineData("", false)]
    public void Names_follow_msbuilds_property_name_rule(string name, bool valid)
    {
        Assert.Equal(valid, ForwardedProperties.IsValidName(name));
    }
}
