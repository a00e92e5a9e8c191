using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// Renders a Scriban template strictly: a syntax error or an unknown variable is an error with the template's
/// file, line and column, never an empty string in the output.
/// </summary>
public static partial class TemplateRenderer
{
    [GeneratedRegex("[ \t]+\n")]
    private static partial Regex TrailingSpace();

    [GeneratedRegex("\n{3,}")]
    private static partial Regex BlankRuns();

    public static string? Render(TemplateSource source, object model, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(source.Text, source.Path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.TemplateSyntaxError,
                    $"Template '{source.Name}' has a syntax error: {message.Message}. Fix the template or remove it from your override folder to use the shipped one.",
                    source.Path,
                    message.Span.Start.Line + 1,
                    message.Span.Start.Column + 1));
            }

            return null;
        }

        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        globals.Import("sh_quote", new Func<string, string>(TemplateFunctions.ShellQuote));
        globals.Import("sh_join", new Func<IEnumerable<object?>, string>(TemplateFunctions.ShellJoin));
        globals.Import("exec_array", new Func<IEnumerable<object?>, string>(TemplateFunctions.ExecArray));
        globals.Import("copy_array", new Func<IEnumerable<object?>, string>(TemplateFunctions.CopyArray));
        globals.Import("comment", new Func<string, string>(TemplateFunctions.CommentText));
        globals.Import("comments", new Func<IEnumerable<object?>, string>(TemplateFunctions.Comments));
        globals.Import("docker_kv", new Func<string, string, string>(TemplateFunctions.DockerKeyValue));
        globals.Import("docker_key", new Func<string, string>(TemplateFunctions.DockerKey));
        globals.Import("docker_kv_arg", new Func<string, string, string>(TemplateFunctions.DockerKeyArgument));
        globals.Import("docker_word", new Func<string, string>(TemplateFunctions.DockerWord));

        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
            LoopLimit = 10_000,
            RecursiveLimit = 100,
        };
        context.PushGlobal(globals);

        try
        {
            return Normalize(template.Render(context));
        }
        catch (ScriptRuntimeException exception)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.TemplateRenderError,
                $"Template '{source.Name}' failed to render: {exception.OriginalMessage}. Check the variable names against docs/templates.md.",
                source.Path,
                exception.Span.Start.Line + 1,
                exception.Span.Start.Column + 1));
            return null;
        }
    }

    /// <summary>LF line endings, no trailing spaces, at most one blank line in a row, one final newline.</summary>
    public static string Normalize(string text)
    {
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        lf = TrailingSpace().Replace(lf + "\n", "\n");
        lf = BlankRuns().Replace(lf, "\n\n");
        return lf.Trim('\n') + "\n";
    }
}
