using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Output;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

public class GeneratedFileWriterTests
{
    private const string Content = "FROM scratch\nCOPY a b\n";

    [Fact]
    public void Creates_a_stamped_file()
    {
        using var temp = new TempDirectory();
        var path = temp["Dockerfile"];
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(path, Content, overwriteUserFiles: false, diagnostics);

        Assert.Equal(WriteOutcome.Created, result.Outcome);
        Assert.Empty(diagnostics);
        var written = File.ReadAllText(path);
        Assert.StartsWith(GeneratedFileMarker.Prefix, written);
        Assert.EndsWith(Content, written);
        Assert.Equal(FileOwnership.GeneratedUnedited, GeneratedFileMarker.Inspect(written));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_unchanged_result_does_not_touch_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp["Dockerfile"];
        GeneratedFileWriter.Write(path, Content, false, []);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);

        var result = GeneratedFileWriter.Write(path, Content, false, []);

        Assert.Equal(WriteOutcome.Unchanged, result.Outcome);
        Assert.Equal(past, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void An_unedited_generated_file_is_updated()
    {
        using var temp = new TempDirectory();
        var path = temp["Dockerfile"];
        GeneratedFileWriter.Write(path, Content, false, []);

        var result = GeneratedFileWriter.Write(path, "FROM scratch\n", false, []);

        Assert.Equal(WriteOutcome.Updated, result.Outcome);
        Assert.EndsWith("\nFROM scratch\n", File.ReadAllText(path));
    }

    [Fact]
    public void An_unedited_file_checked_out_with_CRLF_still_counts_as_unedited()
    {
        using var temp = new TempDirectory();
        var path = temp["Dockerfile"];
        GeneratedFileWriter.Write(path, Content, false, []);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n"));

        var result = GeneratedFileWriter.Write(path, "FROM scratch\n", false, []);

        Assert.Equal(WriteOutcome.Updated, result.Outcome);
    }

    [Fact]
    public void An_edited_file_survives_ten_regenerations_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var path = temp["Dockerfile"];
        GeneratedFileWriter.Write(path, Content, false, []);
        var edited = File.ReadAllText(path) + "RUN echo mine\n";
        File.WriteAllText(path, edited);
        var bytes = File.ReadAllBytes(path);

        for (var i = 0; i < 10; i++)
        {
            var diagnostics = new DiagnosticBag();
            var result = GeneratedFileWriter.Write(path, Content + $"# regeneration {i}\n", false, diagnostics);

            Assert.Equal(WriteOutcome.KeptUserFile, result.Outcome);
            Assert.Equal(path + ".generated", result.AlternativePath);
            var warning = Assert.Single(diagnostics);
            Assert.Equal("SDB2001", warning.Code);
            Assert.False(warning.IsError);
            Assert.Contains("edited after it was generated", warning.Message);
            Assert.Contains("SlimDockerfileOverwrite=true", warning.Message);
            Assert.Contains(path + ".generated", warning.Message);
            Assert.EndsWith($"# regeneration {i}\n", File.ReadAllText(path + ".generated"));
        }

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_hand_written_file_is_kept_and_the_warning_says_so()
    {
        using var temp = new TempDirectory();
        var path = temp.Write(".dockerignore", "secret/\n");
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(path, Content, false, diagnostics);

        Assert.Equal(WriteOutcome.KeptUserFile, result.Outcome);
        Assert.Equal("secret/\n", File.ReadAllText(path));
        Assert.Contains("was not written by Slim.Docker.Build", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void With_consent_a_user_file_is_replaced()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("Dockerfile", "FROM mine\n");

        var result = GeneratedFileWriter.Write(path, Content, overwriteUserFiles: true, []);

        Assert.Equal(WriteOutcome.OverwroteUserFile, result.Outcome);
        Assert.EndsWith(Content, File.ReadAllText(path));
        Assert.False(File.Exists(path + ".generated"));
    }

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData(".dockerignore")]
    public void A_generated_alternative_the_user_wrote_is_never_overwritten_and_SDB2007_names_both_files(string name)
    {
        using var temp = new TempDirectory();
        var path = temp.Write(name, "FROM mine\n");
        var alternative = temp.Write(name + ".generated", "my own notes\n");
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(path, Content, false, diagnostics);

        Assert.Equal(WriteOutcome.KeptUserFile, result.Outcome);
        Assert.Null(result.AlternativePath);
        Assert.Equal("FROM mine\n", File.ReadAllText(path));
        Assert.Equal("my own notes\n", File.ReadAllText(alternative));
        var warning = Assert.Single(diagnostics);
        Assert.Equal("SDB2007", warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal(alternative, warning.File);
        Assert.Contains($"'{path}'", warning.Message);
        Assert.Contains($"'{alternative}'", warning.Message);
        Assert.Contains("SlimDockerfileOverwrite=true", warning.Message);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void A_generated_alternative_that_carries_the_checksum_is_ours_even_when_edited()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("Dockerfile", "FROM mine\n");
        GeneratedFileWriter.Write(path, Content, false, []);
        File.AppendAllText(path + ".generated", "RUN scribble\n");
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(path, "FROM scratch\n", false, diagnostics);

        Assert.Equal(path + ".generated", result.AlternativePath);
        Assert.Equal("SDB2001", Assert.Single(diagnostics).Code);
        Assert.EndsWith("\nFROM scratch\n", File.ReadAllText(path + ".generated"));
    }

    [Fact]
    public void With_consent_the_user_file_is_replaced_and_their_generated_alternative_is_left_alone()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("Dockerfile", "FROM mine\n");
        var alternative = temp.Write("Dockerfile.generated", "my own notes\n");

        var result = GeneratedFileWriter.Write(path, Content, overwriteUserFiles: true, []);

        Assert.Equal(WriteOutcome.OverwroteUserFile, result.Outcome);
        Assert.Equal("my own notes\n", File.ReadAllText(alternative));
    }

    [Theory]
    [InlineData(250, "a")]
    [InlineData(246, "a")]
    [InlineData(125, "\u00e9")] // two bytes each in UTF-8: the limit is in bytes
    [InlineData(83, "\u20ac")] // three bytes each
    public void A_file_name_near_the_file_system_limit_is_written(int count, string unit)
    {
        using var temp = new TempDirectory();
        var path = temp[string.Concat(Enumerable.Repeat(unit, count))];
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(path)), 246, 255);
        var diagnostics = new DiagnosticBag();

        var created = GeneratedFileWriter.Write(path, Content, false, diagnostics);
        var updated = GeneratedFileWriter.Write(path, "FROM scratch\n", false, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(WriteOutcome.Created, created.Outcome);
        Assert.Equal(WriteOutcome.Updated, updated.Outcome);
        Assert.EndsWith("\nFROM scratch\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void The_checksum_goes_after_parser_directives()
    {
        var stamped = GeneratedFileMarker.Stamp("# syntax=docker/dockerfile:1\n# escape=`\nFROM scratch\n");

        var lines = stamped.Split('\n');
        Assert.Equal("# syntax=docker/dockerfile:1", lines[0]);
        Assert.Equal("# escape=`", lines[1]);
        Assert.StartsWith(GeneratedFileMarker.Prefix, lines[2]);
        Assert.Equal(FileOwnership.GeneratedUnedited, GeneratedFileMarker.Inspect(stamped));
    }

    [Fact]
    public void A_path_that_cannot_be_written_is_SDB2002_not_an_exception()
    {
        using var temp = new TempDirectory();
        var blocker = temp.Write("not-a-folder", "x");
        var diagnostics = new DiagnosticBag();

        var result = GeneratedFileWriter.Write(Path.Combine(blocker, "Dockerfile"), Content, false, diagnostics);

        Assert.Equal(WriteOutcome.Failed, result.Outcome);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB2002", error.Code);
        Assert.True(error.IsError);
        Assert.Contains("SlimDockerfileOutputPath", error.Message);
    }
}
