using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// Resolves <c>include "name"</c> in a template the way the templates themselves are found: the user's override
/// folder first, then the shipped templates.
/// </summary>
internal sealed class TemplateIncludeLoader(TemplateLocator locator) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        locator.FindPath(templateName)
            ?? throw new ScriptRuntimeException(callerSpan, $"The included template '{templateName}' was found neither in the override folder nor among the shipped templates");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
}
