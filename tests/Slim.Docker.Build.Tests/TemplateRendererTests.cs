using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Rendering;

namespace Slim.Docker.Build.Tests;

public class TemplateRendererTests
{
    private sealed record Model(string Name, string[] Items);

    private static readonly Model Sample = new("app", ["a b", "c"]);

    [Fact]
    public void A_syntax_error_is_SDB3001_with_file_line_and_column()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var source = new TemplateSource("Dockerfile.scriban", "/t/Dockerfile.scriban", "FROM x\n# ok\nRUN {{ if name }}\n");

        var output = TemplateRenderer.Render(source, Sample, diagnostics);

        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB3001", error.Code);
        Assert.Equal("/t/Dockerfile.scriban", error.File);
        Assert.True(error.Line >= 3, $"line {error.Line}");
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void An_unknown_variable_is_SDB3002_not_an_empty_string()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var source = new TemplateSource("Dockerfile.scriban", "/t/Dockerfile.scriban", "FROM x\nLABEL n={{ nmae }}\n");

        var output = TemplateRenderer.Render(source, Sample, diagnostics);

        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB3002", error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("nmae", error.Message);
    }

    [Fact]
    public void An_unknown_member_is_SDB3002()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var source = new TemplateSource("t", "/t/t", "{{ name.nope.deeper }}\n");

        Assert.Null(TemplateRenderer.Render(source, Sample, diagnostics));
        Assert.Equal("SDB3002", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Renders_snake_case_members_and_quoting_functions_with_LF_endings()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var source = new TemplateSource("t", "/t/t", "A {{ name }}\r\nB {{ items | sh_join }}\r\n\r\n\r\n\r\nC {{ exec_array items }}   \r\n");

        var output = TemplateRenderer.Render(source, Sample, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("A app\nB 'a b' c\n\nC [\"a b\", \"c\"]\n", output);
    }

    [Fact]
    public void Docker_quoting_functions_are_available_to_templates()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var source = new TemplateSource("t", "/t/t", "ENV {{ docker_kv \"A\" name }}\nARG {{ docker_key \"B\" }}\nWORKDIR {{ docker_word \"/a b\" }}\n");

        var output = TemplateRenderer.Render(source, Sample with { Name = "$x" }, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("ENV A=\"\\$x\"\nARG B\nWORKDIR /a\\ b\n", output);
    }

    [Fact]
    public void A_value_a_dockerfile_cannot_hold_is_SDB3002_not_an_exception()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var source = new TemplateSource("t", "/t/t", "ENV {{ docker_kv \"A\" name }}\n");

        var output = TemplateRenderer.Render(source, Sample with { Name = "a\nb" }, diagnostics);

        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SDB3002", error.Code);
        Assert.Contains("line break", error.Message);
    }
}
