using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// Finds templates by name: in the user's override folder first, then among the templates shipped in the package.
/// </summary>
public sealed class TemplateLocator
{
    public const string DockerfileTemplate = "Dockerfile.scriban";
    public const string DockerIgnoreTemplate = "dockerignore.scriban";
    public const string ComposeTemplate = "compose.scriban";

    /// <summary>The web server configuration of a standalone Blazor WebAssembly app, written next to the Dockerfile.</summary>
    public const string NginxConfigurationTemplate = "nginx.conf.scriban";

    private readonly string _shippedDirectory;
    private readonly string? _overrideDirectory;

    public TemplateLocator(string shippedDirectory, string? overrideDirectory)
    {
        _shippedDirectory = shippedDirectory;
        _overrideDirectory = string.IsNullOrWhiteSpace(overrideDirectory) ? null : overrideDirectory;
    }

    /// <summary>Checks the folders exist; returns false (with a diagnostic) when one does not.</summary>
    public bool Validate(DiagnosticBag diagnostics)
    {
        if (_overrideDirectory is not null && !Directory.Exists(_overrideDirectory))
        {
            diagnostics.Error(
                DiagnosticCodes.TemplateNotFound,
                $"SlimDockerfileTemplatesDirectory is '{_overrideDirectory}', but that folder does not exist. Create it with your templates " +
                "(copy the package's templates folder as a starting point) or remove the property.");
            return false;
        }

        if (!Directory.Exists(_shippedDirectory))
        {
            diagnostics.Error(
                DiagnosticCodes.TemplateNotFound,
                $"The templates shipped with Slim.Docker.Build are missing from '{_shippedDirectory}'. The package is damaged: " +
                "clear it from the NuGet cache (dotnet nuget locals global-packages --clear) and restore again.");
            return false;
        }

        return true;
    }

    /// <summary>The path of template <paramref name="name"/>: in the override folder, else among the shipped ones; null when in neither.</summary>
    public string? FindPath(string name) =>
        new[] { _overrideDirectory, _shippedDirectory }
            .OfType<string>()
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    public TemplateSource? Find(string name, DiagnosticBag diagnostics)
    {
        if (FindPath(name) is { } path)
        {
            return new TemplateSource(name, path, File.ReadAllText(path));
        }

        diagnostics.Error(
            DiagnosticCodes.TemplateNotFound,
            $"Template '{name}' was found neither in '{_overrideDirectory ?? "(no override folder)"}' nor in '{_shippedDirectory}'. " +
            "Reinstall the package, or add the template to your override folder.");
        return null;
    }
}
