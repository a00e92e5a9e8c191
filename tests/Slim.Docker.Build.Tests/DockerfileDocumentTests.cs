using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// The test parser follows BuildKit's rules where a generated value could be read differently; these pin the
/// rules the injection tests rely on.
/// </summary>
public class DockerfileDocumentTests
{
    [Fact]
    public void An_escaped_backslash_at_the_end_of_a_line_is_not_a_continuation()
    {
        var document = DockerfileDocument.Parse("FROM scratch\nWORKDIR /a\\\\\nUSER app\nRUN a \\\n  b\n");

        Assert.Equal(["FROM", "WORKDIR", "USER", "RUN"], document.Instructions.Select(i => i.Keyword));
        Assert.Equal("/a\\", DockerfileDocument.ProcessWord(document.Instructions[1].Arguments));
        Assert.Equal("a   b", document.Instructions[3].Arguments);
    }

    [Fact]
    public void Parser_directives_are_only_the_comments_at_the_very_top()
    {
        var document = DockerfileDocument.Parse("# syntax=docker/dockerfile:1\n# escape=\\\n# hello\n# check=skip=all\nFROM scratch\n");

        Assert.Equal([new("syntax", "docker/dockerfile:1"), new("escape", "\\")], document.Directives);
        Assert.Empty(DockerfileDocument.Parse("# x\n# syntax=a\nFROM scratch\n").Directives);
    }

    [Fact]
    public void Copy_paths_go_through_dockers_word_processing_quotes_included()
    {
        var copy = DockerfileDocument.Parse("COPY [\"a \\\"b\\\"/c\", \"it\\\\'s/\"]\n").Instructions[0];

        Assert.Equal(["a b/c"], DockerfileDocument.CopySources(copy));
        Assert.Equal("it's/", DockerfileDocument.CopyDestination(copy));
    }

    [Fact]
    public void A_backslash_that_ends_a_word_is_dropped_as_docker_does()
    {
        Assert.Equal("a", DockerfileDocument.ProcessWord("a\\"));
        Assert.Equal("a\\", DockerfileDocument.ProcessWord("a\\\\"));
    }

    [Fact]
    public void Any_unicode_space_outside_quotes_separates_pairs()
    {
        var pairs = DockerfileDocument.KeyValues(DockerfileDocument.Parse("ENV A=1\u00a0B=\"2\u00a03\"\n").Instructions[0]);

        Assert.Equal([new("A", "1"), new("B", "2\u00a03")], pairs);
    }

    [Theory]
    [InlineData("RUN cat <<EOF\n")]
    [InlineData("RUN a <<-END && b\n")]
    [InlineData("COPY <<file.txt /dest\n")]
    public void A_heredoc_in_a_shell_form_RUN_or_COPY_is_reported(string line)
    {
        Assert.Throws<FormatException>(() => DockerfileDocument.Parse(line + "body\nEOF\n"));
    }

    [Theory]
    [InlineData("RUN echo '<<EOF'\n")]
    [InlineData("RUN echo -p:A=\"<<EOF\"\n")]
    [InlineData("RUN [\"echo\", \"<<EOF\"]\n")]
    public void A_quoted_or_json_heredoc_marker_is_text(string line)
    {
        Assert.Single(DockerfileDocument.Parse(line).Instructions);
    }
}
