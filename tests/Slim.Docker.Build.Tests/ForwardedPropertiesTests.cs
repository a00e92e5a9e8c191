using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Settings;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

public class ForwardedPropertiesTests
{
    public static TheoryData<string> Rules => new(ForwardedProperties.NotForwarded.Select(r => r.Name));

    /// <summary>A command-line property the rule covers: the name itself, or the prefix and more.</summary>
    private static string Covered(NotForwardedRule rule) => rule.IsPrefix ? rule.Name + "Anything" : rule.Name;

    /// <summary>
    /// One case per entry of the table: the property it names, given on the command line, reaches neither the restore
    /// nor the publish in the container, and the entry says why.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_entry_of_the_table_keeps_its_property_out_of_the_container_and_says_why(string name)
    {
        var rule = ForwardedProperties.NotForwarded.Single(r => r.Name == name);
        var property = Covered(rule);
        using var temp = new TempDirectory();
        var facts = Facts.Console(projectPath: temp.Write("App/App.csproj", "<Project />")) with
        {
            GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [property] = "host-value", ["Kept"] = "yes" },
        };

        var plan = DockerfilePlanner.Plan(facts);

        Assert.True(rule.Reason.Length > 20, $"The entry '{name}' must say why it is not forwarded.");
        Assert.False(ForwardedProperties.IsForwarded(property));
        Assert.False(ForwardedProperties.IsForwarded(property.ToLowerInvariant())); // MSBuild names are case-insensitive
        // The package's own settings may reject a value such as 'host-value'; every other property must plan.
        if (!rule.Name.StartsWith("SlimDockerfile", StringComparison.Ordinal) && property != "ContainerRuntimeIdentifier" && property != "RuntimeIdentifier")
        {
            Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        }

        if (plan.Model is { } model)
        {
            Assert.Equal(["-p:GenerateSlimDockerfile=false", "-p:Kept=yes"], model.Restore.Properties);
            Assert.DoesNotContain(model.RegenerateArguments, a => a.Contains("host-value", StringComparison.Ordinal) && !a.StartsWith($"-p:{property}=", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void A_solution_publish_with_no_build_forwards_only_what_the_user_typed()
    {
        // What MSBuild and the dotnet CLI give every project of 'dotnet publish All.slnx --no-build -p:Version=1.2.3'.
        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["CurrentSolutionConfigurationContents"] = "<SolutionConfiguration>\n<ProjectConfiguration Project=\"{A}\" AbsolutePath=\"/repo/src/App/App.csproj\">Release|AnyCPU</ProjectConfiguration>\n</SolutionConfiguration>",
            ["BuildingSolutionFile"] = "true",
            ["SolutionDir"] = "/repo/",
            ["SolutionExt"] = ".slnx",
            ["SolutionFileName"] = "All.slnx",
            ["SolutionName"] = "All",
            ["SolutionPath"] = "/repo/All.slnx",
            ["Configuration"] = "Release",
            ["Platform"] = "AnyCPU",
            ["NoBuild"] = "true",
            ["NoRestore"] = "true",
            ["_IsPublishing"] = "true",
            ["Version"] = "1.2.3",
        };

        Assert.Equal(["Version"], ForwardedProperties.Select(globals).Select(p => p.Key));
    }

    [Fact]
    public void The_rules_are_unique()
    {
        var names = ForwardedProperties.NotForwarded.Select(r => r.Name.ToUpperInvariant()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

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
