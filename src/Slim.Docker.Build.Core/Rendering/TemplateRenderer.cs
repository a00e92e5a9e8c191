using System.Text.RegularExpressions;
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

    /// <param name="source">The template.</param>
    /// <param name="model">Its variables.</param>
    /// <param name="diagnostics">Receives the errors.</param>
    /// <param name="templates">Where <c>include</c> finds the templates it names; without it, include is an error.</param>
    public static string? Render(TemplateSource source, object model, DiagnosticBag diagnostics, TemplateLocator? templates = null)
    {
        var template = ParsedTemplates.Get(source);
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

        var context = new RenderContext { TemplateLoader = templates is null ? null : new TemplateIncludeLoader(templates) };
        context.PushGlobal(TemplateGlobals.For(model));

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
