using System.Diagnostics;
using Slim.Docker.Build.Model;
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

    [Fact]
    public void Copy_arrays_escape_quotes_which_docker_would_otherwise_strip_or_find_unmatched()
    {
        Assert.Equal("[\"it\\\\'s/\\\\\\\"q\\\\\\\".csproj\", \"./\"]", TemplateFunctions.CopyArray(["it's/\"q\".csproj", "./"]));
    }

    [Theory]
    [InlineData("src/My App/My App.csproj")]
    [InlineData("odd/$HOME/\\x/\"q\"/é.csproj")]
    [InlineData("it's/a 'b' \"c/ends with\\")]
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

    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("with spaces and\ttabs")]
    [InlineData("$HOME ${HOME} $(id) `id`")]
    [InlineData("quotes \" and ' and \\\" mixed")]
    [InlineData("ends with a backslash \\")]
    [InlineData("C:\\path\\n\\t")]
    [InlineData("key=value;a=b, #not a comment")]
    [InlineData("unicode é ü 世界")]
    public void Docker_reads_an_env_or_label_pair_back_unchanged(string value)
    {
        foreach (var keyword in new[] { "ENV", "LABEL", "ARG" })
        {
            var text = $"FROM scratch\n{keyword} {TemplateFunctions.DockerKeyValue("org.example.key", value)}\n";

            var instruction = DockerfileDocument.Parse(text).Instructions[1];

            var pair = Assert.Single(DockerfileDocument.KeyValues(instruction));
            Assert.Equal("org.example.key", pair.Key);
            Assert.Equal(value, pair.Value);
        }
    }

    [Fact]
    public void Several_pairs_on_one_line_stay_apart()
    {
        var line = "LABEL " + TemplateFunctions.DockerKeyValue("a", "x y") + " " + TemplateFunctions.DockerKeyValue("b", "\"z\"");

        var pairs = DockerfileDocument.KeyValues(DockerfileDocument.Parse(line).Instructions[0]);

        Assert.Equal([new("a", "x y"), new("b", "\"z\"")], pairs);
    }

    [Fact]
    public void Pairs_escape_exactly_what_docker_unescapes_in_double_quotes()
    {
        Assert.Equal("A=\"\\$HOME \\\" \\\\ ' x\"", TemplateFunctions.DockerKeyValue("A", "$HOME \" \\ ' x"));
    }

    [Fact]
    public void A_key_outside_the_safe_characters_is_quoted()
    {
        Assert.Equal("\"my key\"=\"v\"", TemplateFunctions.DockerKeyValue("my key", "v"));
        Assert.Equal("NAME", TemplateFunctions.DockerKey("NAME"));
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    public void A_line_break_cannot_be_written_and_is_refused(string value)
    {
        Assert.Throws<ArgumentException>(() => TemplateFunctions.DockerKeyValue("A", value));
        Assert.Throws<ArgumentException>(() => TemplateFunctions.DockerWord(value));
    }

    [Theory]
    [InlineData("/app")]
    [InlineData("/srv/my app/$HOME/\"q\"/it's/back\\slash")]
    public void Docker_reads_a_word_back_unchanged(string value)
    {
        var instruction = DockerfileDocument.Parse("WORKDIR " + TemplateFunctions.DockerWord(value)).Instructions[0];

        Assert.Equal(value, DockerfileDocument.ProcessWord(instruction.Arguments));
    }

    [Fact]
    public void The_test_parser_refuses_what_docker_would_expand()
    {
        Assert.Throws<FormatException>(() => DockerfileDocument.ProcessWord("\"$HOME\""));
        Assert.Throws<FormatException>(() => DockerfileDocument.ProcessWord("$HOME"));
    }

    [Fact]
    public void Comments_print_each_line_of_each_explanation_as_a_comment_and_nothing_for_none()
    {
        object[] explanations =
        [
            new Explanation("First", ["one", "  two"]),
            new Explanation("Second", ["", "line\nbreak"]),
        ];

        Assert.Equal("# one\n#   two\n#\n# line break\n", TemplateFunctions.Comments(explanations));
        Assert.Equal("", TemplateFunctions.Comments([]));
        Assert.Equal("# plain\n", TemplateFunctions.Comments(["plain"]));
    }
}
