using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>Reads the project's property values by name, collecting a diagnostic for each one that is malformed.</summary>
internal sealed class PropertyReader
{
    private readonly ProjectFacts _facts;
    private readonly DiagnosticBag _diagnostics;

    public PropertyReader(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        _facts = facts;
        _diagnostics = diagnostics;
    }

    /// <summary>The value of <paramref name="name"/> without surrounding blanks; empty when unset.</summary>
    public string Text(string name) => _facts.Property(name).Trim();

    /// <summary>The value of <paramref name="name"/> as a boolean (see <see cref="Boolean(string, string)"/>).</summary>
    public bool? Boolean(string name) => Boolean(name, _facts.Property(name));

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

        _diagnostics.Error(
            DiagnosticCodes.InvalidBooleanProperty,
            $"Property '{name}' is '{value}', but it must be 'true' or 'false'. Fix its value in the project file or on the command line.");
        return null;
    }
}
