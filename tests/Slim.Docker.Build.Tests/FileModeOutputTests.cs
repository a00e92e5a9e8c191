using System.Runtime.Versioning;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Replacing a file keeps its permission bits exactly, read-only included.</summary>
[UnsupportedOSPlatform("windows")]
public class FileModeOutputTests
{
    private const string Content = "FROM scratch\nCOPY a b\n";

    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    [Fact]
    public void A_read_only_generated_file_is_updated_and_stays_read_only()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var path = temp["Dockerfile"];
        GeneratedFileWriter.Write(path, Content, false, []);
        File.SetUnixFileMode(path, ReadOnly);

        var result = GeneratedFileWriter.Write(path, "FROM scratch\n", false, []);

        Assert.Equal(WriteOutcome.Updated, result.Outcome);
        Assert.EndsWith("\nFROM scratch\n", File.ReadAllText(path));
        Assert.Equal(ReadOnly, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)]
    public void Any_mode_of_a_replaced_file_is_kept(UnixFileMode mode)
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var path = temp.Write(".dockerignore", "secret/\n");
        File.SetUnixFileMode(path, mode);

        var result = GeneratedFileWriter.Write(path, Content, overwriteUserFiles: true, []);

        Assert.Equal(WriteOutcome.OverwroteUserFile, result.Outcome);
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void The_mode_of_a_replaced_generated_alternative_is_kept()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var path = temp.Write("Dockerfile", "FROM mine\n");
        GeneratedFileWriter.Write(path, Content, false, []);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(path + ".generated", mode);

        GeneratedFileWriter.Write(path, "FROM scratch\n", false, []);

        Assert.EndsWith("\nFROM scratch\n", File.ReadAllText(path + ".generated"));
        Assert.Equal(mode, File.GetUnixFileMode(path + ".generated"));
    }

    [Fact]
    public void The_target_of_a_link_keeps_its_mode_and_the_link_stays()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var target = temp["shared/Dockerfile"];
        GeneratedFileWriter.Write(target, Content, false, []);
        File.SetUnixFileMode(target, ReadOnly);
        File.CreateSymbolicLink(temp["Dockerfile"], target);

        var result = GeneratedFileWriter.Write(temp["Dockerfile"], "FROM scratch\n", false, []);

        Assert.Equal(WriteOutcome.Updated, result.Outcome);
        Assert.Equal(ReadOnly, File.GetUnixFileMode(target));
        Assert.Equal(target, new FileInfo(temp["Dockerfile"]).LinkTarget);
    }
}
