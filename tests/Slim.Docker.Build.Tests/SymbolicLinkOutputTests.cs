using System.Runtime.Versioning;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>A generated file that is a symbolic link stays one: the writer writes its final target.</summary>
[UnsupportedOSPlatform("windows")]
public class SymbolicLinkOutputTests
{
    private const string Content = "FROM scratch\nCOPY a b\n";

    private static string[] TemporaryFiles(TempDirectory temp) =>
        Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories);

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData(".dockerignore")]
    public void A_linked_generated_file_is_updated_through_the_link_which_stays_a_link(string name)
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var target = temp["shared/" + name];
        GeneratedFileWriter.Write(target, Content, false, []);
        var link = temp["App/" + name];
        Directory.CreateDirectory(temp["App"]);
        File.CreateSymbolicLink(link, "../shared/" + name);

        var result = GeneratedFileWriter.Write(link, "FROM scratch\n", false, []);

        Assert.Equal(WriteOutcome.Updated, result.Outcome);
        Assert.Equal("../shared/" + name, new FileInfo(link).LinkTarget);
        Assert.EndsWith("\nFROM scratch\n", File.ReadAllText(target));
        Assert.Empty(TemporaryFiles(temp));
    }

    [Fact]
    public void A_chain_of_links_is_followed_to_its_final_target_and_every_link_is_kept()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var target = temp["real/docker/Dockerfile"];
        GeneratedFileWriter.Write(target, Content, false, []);
        // App/Dockerfile -> ../hop/Dockerfile -> (folder link) real/docker/Dockerfile
        Directory.CreateDirectory(temp["hop"]);
        Directory.CreateSymbolicLink(temp["hop/docker"], "../real/docker");
        File.CreateSymbolicLink(temp["hop/Dockerfile"], "docker/Dockerfile");
        Directory.CreateDirectory(temp["App"]);
        File.CreateSymbolicLink(temp["App/Dockerfile"], "../hop/Dockerfile");

        var result = GeneratedFileWriter.Write(temp["App/Dockerfile"], "FROM scratch\n", false, []);

        Assert.Equal(WriteOutcome.Updated, result.Outcome);
        Assert.Equal("../hop/Dockerfile", new FileInfo(temp["App/Dockerfile"]).LinkTarget);
        Assert.Equal("docker/Dockerfile", new FileInfo(temp["hop/Dockerfile"]).LinkTarget);
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.EndsWith("\nFROM scratch\n", File.ReadAllText(target));
        Assert.Empty(TemporaryFiles(temp));
    }

    [Fact]
    public void A_linked_file_that_is_unchanged_is_not_touched()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var target = temp["shared/Dockerfile"];
        GeneratedFileWriter.Write(target, Content, false, []);
        File.CreateSymbolicLink(temp["Dockerfile"], target);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(target, past);

        var result = GeneratedFileWriter.Write(temp["Dockerfile"], Content, false, []);

        Assert.Equal(WriteOutcome.Unchanged, result.Outcome);
        Assert.Equal(past, File.GetLastWriteTimeUtc(target));
    }

    [Fact]
    public void A_dangling_link_is_refused_with_SDB2006_and_left_as_it_is()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var link = temp["Dockerfile"];
        File.CreateSymbolicLink(link, "missing/Dockerfile");
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(link, Content, false, diagnostics);

        Assert.Equal(WriteOutcome.Failed, result.Outcome);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB2006", error.Code);
        Assert.True(error.IsError);
        Assert.Equal(link, error.File);
        Assert.Contains(temp["missing/Dockerfile"], error.Message);
        Assert.Contains("does not exist", error.Message);
        Assert.Equal("missing/Dockerfile", new FileInfo(link).LinkTarget);
        Assert.False(Directory.Exists(temp["missing"]));
        Assert.Empty(TemporaryFiles(temp));
    }

    [Fact]
    public void A_loop_of_links_is_refused_with_SDB2006()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        File.CreateSymbolicLink(temp["Dockerfile"], "other");
        File.CreateSymbolicLink(temp["other"], "Dockerfile");
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(temp["Dockerfile"], Content, false, diagnostics);

        Assert.Equal(WriteOutcome.Failed, result.Outcome);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB2006", error.Code);
        Assert.Contains("loop", error.Message);
        Assert.Equal("other", new FileInfo(temp["Dockerfile"]).LinkTarget);
    }

    [Fact]
    public void A_link_to_a_hand_written_file_keeps_both_and_puts_the_new_version_next_to_the_link()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var target = temp.Write("shared/Dockerfile", "FROM mine\n");
        Directory.CreateDirectory(temp["App"]);
        File.CreateSymbolicLink(temp["App/Dockerfile"], target);
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(temp["App/Dockerfile"], Content, false, diagnostics);

        Assert.Equal(WriteOutcome.KeptUserFile, result.Outcome);
        Assert.Equal("SDB2001", Assert.Single(diagnostics).Code);
        Assert.Equal(target, new FileInfo(temp["App/Dockerfile"]).LinkTarget);
        Assert.Equal("FROM mine\n", File.ReadAllText(target));
        Assert.EndsWith(Content, File.ReadAllText(temp["App/Dockerfile.generated"]));
    }

    [Fact]
    public void With_consent_a_linked_user_file_is_replaced_through_the_link()
    {
        UnixOnly.SkipOnWindows();
        using var temp = new TempDirectory();
        var target = temp.Write("shared/.dockerignore", "secret/\n");
        File.CreateSymbolicLink(temp[".dockerignore"], "shared/.dockerignore");

        var result = GeneratedFileWriter.Write(temp[".dockerignore"], Content, overwriteUserFiles: true, []);

        Assert.Equal(WriteOutcome.OverwroteUserFile, result.Outcome);
        Assert.Equal("shared/.dockerignore", new FileInfo(temp[".dockerignore"]).LinkTarget);
        Assert.EndsWith(Content, File.ReadAllText(target));
    }

    [Fact]
    public void A_link_whose_target_cannot_be_written_is_SDB2002_and_stays_a_link()
    {
        // /proc refuses new files even to root, so this holds whoever runs the tests.
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/proc/version"), "Needs Linux's /proc.");
        using var temp = new TempDirectory();
        File.CreateSymbolicLink(temp["Dockerfile"], "/proc/version");
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(temp["Dockerfile"], Content, overwriteUserFiles: true, diagnostics);

        Assert.Equal(WriteOutcome.Failed, result.Outcome);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB2002", error.Code);
        Assert.Contains("/proc/version", error.Message);
        Assert.Equal("/proc/version", new FileInfo(temp["Dockerfile"]).LinkTarget);
        Assert.Equal(["Dockerfile"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
