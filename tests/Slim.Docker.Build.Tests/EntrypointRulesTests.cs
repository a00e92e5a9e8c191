using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// ENTRYPOINT and CMD by the SDK's rules: every row of the SDK's own table
/// (dotnet/sdk test/Microsoft.NET.Build.Containers.UnitTests/CreateNewImageTests.cs, which tests
/// ImageBuilder.DetermineEntrypointAndCmd), with the SDK's errors mapped to ours: CONTAINER2024 -> SDB1059,
/// CONTAINER2025 -> SDB1060, CONTAINER2026 -> SDB1061, CONTAINER2028 -> SDB1062. Cells are ';'-separated lists;
/// "(null)" is a base image without an entrypoint.
/// </summary>
public class EntrypointRulesTests
{
    public static TheoryData<int, string, string, string, string, string, string, string, string, string> SdkTable => new()
    {
        // row, instruction, entrypoint, entrypointArgs, appCommand, appCommandArgs, defaultArgs, base, -> entrypoint, -> cmd (or error code)
        { 1, "", "", "entrypointArg", "appCommand", "", "", "(null)", "appCommand", "entrypointArg" },
        { 2, "", "", "", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "appCommand;appCommandArgs", "defaultArgs" },
        { 3, "", "entrypoint", "entrypointArgs", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "entrypoint;entrypointArgs", "appCommand;appCommandArgs;defaultArgs" },
        { 4, "DefaultArgs", "entrypoint", "entrypointArgs", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "entrypoint;entrypointArgs", "appCommand;appCommandArgs;defaultArgs" },
        { 5, "DefaultArgs", "", "", "appCommand", "", "", "", "", "appCommand" },
        { 6, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "", "", "", "appCommand;appCommandArgs" },
        { 7, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "defaultArgs", "", "", "appCommand;appCommandArgs;defaultArgs" },
        { 8, "DefaultArgs", "", "", "appCommand", "", "", "baseEntrypoint", "baseEntrypoint", "appCommand" },
        { 9, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "", "baseEntrypoint", "baseEntrypoint", "appCommand;appCommandArgs" },
        { 10, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "baseEntrypoint", "appCommand;appCommandArgs;defaultArgs" },
        { 11, "DefaultArgs", "", "", "appCommand", "", "", "dotnet", "", "appCommand" },
        { 12, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "", "dotnet", "", "appCommand;appCommandArgs" },
        { 13, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "defaultArgs", "dotnet", "", "appCommand;appCommandArgs;defaultArgs" },
        { 14, "DefaultArgs", "", "", "appCommand", "", "", "/usr/bin/dotnet", "", "appCommand" },
        { 15, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "", "/usr/bin/dotnet", "", "appCommand;appCommandArgs" },
        { 16, "DefaultArgs", "", "", "appCommand", "appCommandArgs", "defaultArgs", "/usr/bin/dotnet", "", "appCommand;appCommandArgs;defaultArgs" },
        { 17, "Entrypoint", "", "", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "appCommand;appCommandArgs", "defaultArgs" },
        { 18, "Entrypoint", "entrypoint", "entrypointArgs", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "ERR", "SDB1062" },
        { 19, "Entrypoint", "", "entrypointArgs", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "ERR", "SDB1059" },
        { 20, "Entrypoint", "entrypoint", "", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "ERR", "SDB1062" },
        { 21, "None", "entrypoint", "entrypointArgs", "", "", "defaultArgs", "baseEntrypoint", "entrypoint;entrypointArgs", "defaultArgs" },
        { 22, "None", "entrypoint", "entrypointArgs", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "ERR", "SDB1061" },
        { 23, "None", "entrypoint", "entrypointArgs", "", "appCommandArgs", "defaultArgs", "baseEntrypoint", "ERR", "SDB1060" },
        { 24, "None", "entrypoint", "entrypointArgs", "appCommand", "", "defaultArgs", "baseEntrypoint", "ERR", "SDB1061" },
        { 25, "DefaultArgs", "entrypoint", "entrypointArgs", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "entrypoint;entrypointArgs", "appCommand;appCommandArgs;defaultArgs" },
        { 26, "DefaultArgs", "", "entrypointArgs", "appCommand", "appCommandArgs", "defaultArgs", "baseEntrypoint", "ERR", "SDB1059" },
        { 27, "DefaultArgs", "entrypoint", "entrypointArgs", "", "appCommandArgs", "defaultArgs", "baseEntrypoint", "ERR", "SDB1060" },
    };

    [Theory]
    [MemberData(nameof(SdkTable))]
    public void The_rules_give_the_sdks_entrypoint_and_cmd(
        int row, string instruction, string entrypoint, string entrypointArgs, string appCommand, string appCommandArgs, string defaultArgs,
        string baseEntrypoint, string expectedEntrypoint, string expectedCommand)
    {
        var (command, problem) = EntrypointRules.Determine(
            instruction.Length == 0 ? null : Enum.Parse<AppCommandInstruction>(instruction),
            List(entrypoint), List(entrypointArgs), List(appCommand), List(appCommandArgs), List(defaultArgs),
            baseEntrypoint == "(null)" ? null : List(baseEntrypoint));

        if (expectedEntrypoint == "ERR")
        {
            Assert.Null(command);
            Assert.Equal(expectedCommand, EntryCommandReader.CodeFor(problem).Id);
            return;
        }

        Assert.True(command is not null, $"row {row}: {problem}");
        Assert.Equal(List(expectedEntrypoint), command.Entrypoint ?? []);
        Assert.Equal(List(expectedCommand), command.Command);
    }

    /// <summary>
    /// The same rows through the whole generator, as a project writes them (items and the property). The base image's
    /// entrypoint cannot be known from its name, so the Dockerfile keeps whatever it has by writing no ENTRYPOINT where
    /// the SDK would keep it (Microsoft's .NET images have none); the rows where the SDK drops a base entrypoint of only
    /// 'dotnet' are the one case this cannot reproduce. Row 27 is the SDK task's own check: the SDK's targets add the
    /// default app command for DefaultArgs, so a real project cannot reach it.
    /// </summary>
    [Theory]
    [MemberData(nameof(SdkTable))]
    public void The_generated_dockerfile_writes_them_as_the_sdk_builds_them(
        int row, string instruction, string entrypoint, string entrypointArgs, string appCommand, string appCommandArgs, string defaultArgs,
        string baseEntrypoint, string expectedEntrypoint, string expectedCommand)
    {
        if (baseEntrypoint is "dotnet" or "/usr/bin/dotnet" || row == 27)
        {
            return;
        }

        var facts = Facts.Web()
            .WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, instruction)
            .WithItems(KnownStrings.Items.ContainerEntrypoint, Items(entrypoint))
            .WithItems(KnownStrings.Items.ContainerEntrypointArgs, Items(entrypointArgs))
            .WithItems(KnownStrings.Items.ContainerAppCommand, Items(appCommand))
            .WithItems(KnownStrings.Items.ContainerAppCommandArgs, Items(appCommandArgs))
            .WithItems(KnownStrings.Items.ContainerDefaultArgs, Items(defaultArgs));

        if (expectedEntrypoint == "ERR")
        {
            Generated.SingleError(facts, expectedCommand);
            return;
        }

        var generated = Generated.For(facts);
        var keepsBase = expectedEntrypoint == baseEntrypoint || expectedEntrypoint.Length == 0;
        var written = generated.Final.Where(i => i.Keyword == "ENTRYPOINT").Select(i => i.JsonArguments!).ToList();
        Assert.Equal(keepsBase ? [] : [List(expectedEntrypoint)], written);
        // Always a CMD when there is no ENTRYPOINT of its own: the base image's CMD must not stay (the SDK drops it).
        var cmd = generated.Final.Where(i => i.Keyword == "CMD").Select(i => i.JsonArguments!).ToList();
        Assert.Equal(keepsBase || expectedCommand.Length > 0 ? [List(expectedCommand)] : [], cmd);
    }

    [Theory]
    [InlineData("false", "dotnet;/app/App.dll")]
    [InlineData("true", "/app/App")]
    public void The_default_app_command_is_the_sdks_absolute_path(string selfContained, string expected)
    {
        var generated = Generated.For(Facts.Web() with { SelfContained = selfContained, RuntimeIdentifier = "linux-x64" });

        Assert.Equal(List(expected), Assert.Single(generated.Final, i => i.Keyword == "ENTRYPOINT").JsonArguments);
        Assert.Equal(List(expected), Assert.Single(generated.Document.Stages().Single(s => s[0].Arguments.EndsWith(" AS debug", StringComparison.Ordinal)), i => i.Keyword == "ENTRYPOINT").JsonArguments);
        Assert.DoesNotContain(generated.Final, i => i.Keyword == "CMD");
    }

    [Fact]
    public void The_app_is_found_in_ContainerWorkingDirectory_joined_as_a_path()
    {
        // The SDK concatenates '/srv/api' and 'App.dll' to '/srv/apiApp.dll'; a path join is what it means.
        var generated = Generated.For(Facts.Console() with { ContainerWorkingDirectory = "/srv/api" });

        Assert.Equal(["dotnet", "/srv/api/App.dll"], Assert.Single(generated.Final, i => i.Keyword == "ENTRYPOINT").JsonArguments);
    }

    [Theory]
    [InlineData("none", "None")]
    [InlineData("defaultargs", "DefaultArgs")]
    public void The_instruction_is_read_in_any_case(string written, string meant)
    {
        var generated = Generated.For(Facts.Console().WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, written));

        Assert.Equal(meant, generated.Result.Model!.Final.AppCommandInstruction);
    }

    [Theory]
    [InlineData("Cmd")]
    [InlineData("1")]
    [InlineData("Entry point")]
    public void An_unknown_instruction_is_SDB1058(string instruction)
    {
        var error = Generated.SingleError(Facts.Console().WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, instruction), "SDB1058");

        Assert.Contains($"'{instruction}'", error.Message);
        Assert.Contains("Entrypoint", error.Message);
        Assert.Contains("DefaultArgs", error.Message);
    }

    [Fact]
    public void DefaultArgs_without_a_base_entrypoint_runs_the_app_from_CMD()
    {
        var generated = Generated.For(Facts.Console()
            .WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, "DefaultArgs")
            .WithItems(KnownStrings.Items.ContainerDefaultArgs, [new ProjectItem("--verbose")]));

        Assert.DoesNotContain(generated.Final, i => i.Keyword == "ENTRYPOINT");
        Assert.Equal(["dotnet", "/app/App.dll", "--verbose"], Assert.Single(generated.Final, i => i.Keyword == "CMD").JsonArguments);
        Assert.Contains(generated.Document.Comments, c => c.Contains("the app's command is the CMD", StringComparison.Ordinal));
    }

    [Fact]
    public void None_without_arguments_clears_the_base_images_CMD()
    {
        var generated = Generated.For(Facts.Console().WithProperty(KnownStrings.ContainerProperties.ContainerAppCommandInstruction, "None"));

        Assert.DoesNotContain(generated.Final, i => i.Keyword == "ENTRYPOINT");
        Assert.Equal([], Assert.Single(generated.Final, i => i.Keyword == "CMD").JsonArguments);
    }

    private static string[] List(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<ProjectItem> Items(string cell) => List(cell).Select(v => new ProjectItem(v));
}
