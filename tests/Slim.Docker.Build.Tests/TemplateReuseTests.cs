using Scriban.Runtime;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Rendering;
using Slim.Docker.Build.Tests.Golden;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// What the renderer keeps between renders of one process (parsed templates, the model's members, Scriban's
/// accessors) must never change what a render produces.
/// </summary>
public class TemplateReuseTests
{
    private sealed record Inner(string Value);

    private sealed record Outer(string Name, Inner Inner);

    private sealed class Shapes
    {
        public string PublicField = "field";

        public readonly string InitOnlyField = "init-only";

        public const string Constant = "constant";

        public static string StaticProperty => "static";

        [ScriptMemberIgnore]
        public string Ignored { get; } = "ignored";

        public string this[int index] => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public int CamelCase { get; set; } = 7;

        internal string Internal { get; } = "internal";
    }

    private sealed class DerivedShapes : BaseShapes
    {
        public new string Hidden { get; } = "derived";
    }

    private class BaseShapes
    {
        public string Hidden { get; } = "base";

        public string FromBase { get; } = "base only";
    }

    [Fact]
    public void An_override_template_edited_between_builds_renders_its_new_text()
    {
        var diagnostics = new DiagnosticBag("/repo/App.csproj");
        var model = new Outer("app", new Inner("x"));

        var before = TemplateRenderer.Render(new TemplateSource("Dockerfile.scriban", "/o/Dockerfile.scriban", "A {{ name }}\n"), model, diagnostics);
        var after = TemplateRenderer.Render(new TemplateSource("Dockerfile.scriban", "/o/Dockerfile.scriban", "B {{ name }}\n"), model, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("A app\n", before);
        Assert.Equal("B app\n", after);
    }

    [Fact]
    public void The_same_broken_text_at_another_path_reports_that_path()
    {
        var text = "FROM x\nRUN {{ if name }}\n";
        var first = new DiagnosticBag("/repo/App.csproj");
        var second = new DiagnosticBag("/repo/App.csproj");

        Assert.Null(TemplateRenderer.Render(new TemplateSource("Dockerfile.scriban", "/a/Dockerfile.scriban", text), new Outer("n", new Inner("v")), first));
        Assert.Null(TemplateRenderer.Render(new TemplateSource("Dockerfile.scriban", "/b/Dockerfile.scriban", text), new Outer("n", new Inner("v")), second));

        Assert.Equal(("SDB3001", "/a/Dockerfile.scriban"), (Assert.Single(first).Code, first.Single().File));
        Assert.Equal(("SDB3001", "/b/Dockerfile.scriban"), (Assert.Single(second).Code, second.Single().File));
    }

    [Fact]
    public void Models_of_the_same_type_render_their_own_nested_values()
    {
        var source = new TemplateSource("t", "/t/t", "{{ name }} {{ inner.value }}\n");
        var diagnostics = new DiagnosticBag("/repo/App.csproj");

        var first = TemplateRenderer.Render(source, new Outer("one", new Inner("x")), diagnostics);
        var second = TemplateRenderer.Render(source, new Outer("two", new Inner("y")), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("one x\n", first);
        Assert.Equal("two y\n", second);
    }

    [Fact]
    public void Variables_of_every_member_shape_are_those_Scriban_Import_gives()
    {
        AssertSameVariables(new Shapes());
        AssertSameVariables(new DerivedShapes());
    }

    [Fact]
    public void Variables_of_every_golden_scenario_model_are_those_Scriban_Import_gives()
    {
        foreach (var scenario in GoldenScenarios.All)
        {
            using var repository = new GoldenRepository();
            var plan = DockerfilePlanner.Plan(scenario.Arrange(repository).Project, GoldenRepository.ToolVersion);
            Assert.True(plan.Model is not null, scenario.Name);
            AssertSameVariables(plan.Model);
        }
    }

    /// <summary>The variables TemplateGlobals builds against the ones Scriban's own reflection import builds.</summary>
    private static void AssertSameVariables(object model)
    {
        var expected = new ScriptObject();
        expected.Import(model, renamer: StandardMemberRenamer.Default);
        expected.Import("sh_quote", new Func<string, string>(TemplateFunctions.ShellQuote));
        expected.Import("sh_join", new Func<IEnumerable<object?>, string>(TemplateFunctions.ShellJoin));
        expected.Import("exec_array", new Func<IEnumerable<object?>, string>(TemplateFunctions.ExecArray));
        expected.Import("copy_array", new Func<IEnumerable<object?>, string>(TemplateFunctions.CopyArray));
        expected.Import("comment", new Func<string, string>(TemplateFunctions.CommentText));
        expected.Import("comments", new Func<IEnumerable<object?>, string>(TemplateFunctions.Comments));
        expected.Import("yaml_quote", new Func<string, string>(TemplateFunctions.YamlQuote));
        expected.Import("docker_kv", new Func<string, string, string>(TemplateFunctions.DockerKeyValue));
        expected.Import("docker_key", new Func<string, string>(TemplateFunctions.DockerKey));
        expected.Import("docker_kv_arg", new Func<string, string, string>(TemplateFunctions.DockerKeyArgument));
        expected.Import("docker_word", new Func<string, string>(TemplateFunctions.DockerWord));

        var actual = TemplateGlobals.For(model);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var key in expected.Keys)
        {
            Assert.True(expected.CanWrite(key) == actual.CanWrite(key), $"{model.GetType().Name}.{key}: read-only differs");
            var (want, got) = (expected[key], actual[key]);
            if (want is DynamicCustomFunction wantFunction)
            {
                Assert.Equal(wantFunction.Method, Assert.IsAssignableFrom<DynamicCustomFunction>(got).Method);
            }
            else
            {
                Assert.True(ReferenceEquals(want, got) || Equals(want, got), $"{model.GetType().Name}.{key}: '{want}' against '{got}'");
            }
        }
    }
}
