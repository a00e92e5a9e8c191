using System.Diagnostics;
using Slim.Docker.Build.Rendering;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

public class TemplateFunctionsTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("src/App/App.csproj", "src/App/App.csproj")]
    [InlineData("-p:A=\"x;y\"", "'-p:A=\"x;y\"'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    public void Shell_quoting_is_minimal(string value, string expected)
    {
        Assert.Equal(expected, TemplateFunctions.ShellQuote(value));
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("$HOME `id` $(id)")]
    [InlineData("it's \"quoted\"\\n")]
    [InlineData("line\nbreak")]
    [InlineData("*?[]{}|&;<>")]
    public void The_shell_reads_a_quoted_value_back_unchanged(string value)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("printf %s " + TemplateFunctions.ShellQuote(value));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(value, output);
    }

    [Fact]
    public void Copy_arrays_escape_dollar_and_backslash_for_docker()
    {
        Assert.Equal("[\"a b/\\\\$\\\\\\\\x.csproj\", \"./\"]", TemplateFunctions.CopyArray(["a b/$\\x.csproj", "./"]));
    }

    [Theory]
    [InlineData("src/My App/My App.csproj")]
    [InlineData("odd/$HOME/\\x/\"q\"/é.csproj")]
    public void Copy_arrays_read_back_unchanged(string path)
    {
        var instruction = DockerfileDocument.Parse("COPY " + TemplateFunctions.CopyArray([path, "dest/"])).Instructions[0];

        Assert.Equal([path], DockerfileDocument.CopySources(instruction));
        Assert.Equal("dest/", DockerfileDocument.CopyDestination(instruction));
    }

    [Fact]
    public void Comment_text_cannot_break_out_of_its_line()
    {
        Assert.Equal("a b", TemplateFunctions.CommentText("a\nb"));
    }
}
