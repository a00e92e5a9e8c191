using System.Collections.Concurrent;
using Scriban;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// Parsed templates, kept for the life of the MSBuild process (a node serves many projects and builds). Keyed by the
/// template's text, not its path: an override template the user edits between two builds is parsed again, and the
/// same text is parsed once whatever folder it was read from. A parsed <see cref="Template"/> is read-only; each
/// render gets its own context.
/// </summary>
internal static class ParsedTemplates
{
    // Texts a process sees: the two shipped templates, and the versions of a user's overrides. Bounded so that a
    // node kept alive while someone edits a template does not grow without end.
    private const int Capacity = 16;

    private static readonly ConcurrentDictionary<string, Lazy<Template>> ByText = new(StringComparer.Ordinal);

    public static Template Get(TemplateSource source)
    {
        if (ByText.TryGetValue(source.Text, out var cached))
        {
            return cached.Value;
        }

        if (ByText.Count >= Capacity)
        {
            ByText.Clear();
        }

        // Lazy: a second thread asking for the same text waits for the first parse instead of parsing it again.
        return ByText.GetOrAdd(source.Text, text => new Lazy<Template>(() => Template.Parse(text, source.Path))).Value;
    }
}
