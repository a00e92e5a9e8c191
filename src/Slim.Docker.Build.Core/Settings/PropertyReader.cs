using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Settings;

/// <summary>Reads MSBuild-style property values, collecting a diagnostic for each one that is malformed.</summary>
internal sealed class PropertyReader
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly string _projectPath;

    public PropertyReader(List<Diagnostic> diagnostics, string projectPath)
    {
        _diagnostics = diagnostics;
        _projectPath = projectPath;
    }

    /// <summary>Empty means unset (null); <c>true</c>/<c>false</c> in any case; anything else is an error.</summary>
    public bool? Boolean(string name, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (bool.TryParse(trimmed, out var result))
        {
            return result;
        }

        _diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidBooleanProperty,
            $"Property '{name}' is '{value}', but it must be 'true' or 'false'. Fix its value in the project file or on the command line.",
            _projectPath));
        return null;
    }
}
