using System.Text.RegularExpressions;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>Reads the SlimDockerfile* settings into <see cref="DockerfileSettings"/>, with a diagnostic for each wrong value.</summary>
public static partial class DockerfileSettingsReader
{
    // Debian and Alpine package names (Debian policy 5.6.1; apk accepts the same set).
    [GeneratedRegex("^[a-z0-9][a-z0-9+.-]*$")]
    private static partial Regex PackageName();

    // What BuildKit and the docker CLI take as a secret id without quoting (--secret id=<id>,src=... is a
    // comma-separated list), and a plain file name under /run/secrets: the first character keeps '.' and '..'
    // (folders, not files) out.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex SecretId();

    /// <summary>The secret id <c>SlimDockerfileNuGetConfigSecret=true</c> stands for.</summary>
    public const string DefaultNuGetConfigSecret = "nugetconfig";

    public static DockerfileSettings? Read(GenerationOptions options, string projectPath, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var properties = new PropertyReader(diagnostics, projectPath);

        var settings = new DockerfileSettings
        {
            SdkImage = ReadSdkImage(options.SdkImage.Trim(), projectPath, diagnostics),
            RegistryMirror = ReadMirror(options.RegistryMirror.Trim().TrimEnd('/'), projectPath, diagnostics),
            BaseImageDigest = ReadDigest("SlimDockerfileBaseImageDigest", options.BaseImageDigest.Trim(), projectPath, diagnostics),
            SdkImageDigest = ReadDigest("SlimDockerfileSdkImageDigest", options.SdkImageDigest.Trim(), projectPath, diagnostics),
            OsPackages = ReadOsPackages(options.OsPackages, projectPath, diagnostics),
            BuildArgs = ReadBuildArgs(options.BuildArgs, projectPath, diagnostics),
            CacheMounts = properties.Boolean("SlimDockerfileCacheMounts", options.CacheMounts) ?? false,
            CopyLink = properties.Boolean("SlimDockerfileCopyLink", options.CopyLink) ?? true,
            NuGetConfigSecret = ReadNuGetConfigSecret(options.NuGetConfigSecret.Trim(), projectPath, diagnostics),
        };

        return diagnostics.Count(d => d.IsError) > errorsBefore ? null : settings;
    }

    private static ImageReference? ReadSdkImage(string text, string projectPath, List<Diagnostic> diagnostics)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var reference = ImageReferenceParser.Parse(text, out var problem);
        if (reference is null)
        {
            diagnostics.Add(ContainerSettingsReader.InvalidImage("SlimDockerfileSdkImage", text, problem!, projectPath));
        }

        return reference;
    }

    private static string? ReadMirror(string text, string projectPath, List<Diagnostic> diagnostics)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var problem = ImageReferenceParser.CheckRegistryLocation(text);
        if (problem is null)
        {
            return text;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidRegistryMirror,
            $"SlimDockerfileRegistryMirror is '{text}', but {problem}. Write host[:port][/path], e.g. 'mirror.example.com/mcr' or 'localhost:5000'; " +
            $"it replaces '{ImageReference.MicrosoftRegistry}' in every FROM.",
            projectPath));
        return null;
    }

    private static string? ReadDigest(string property, string text, string projectPath, List<Diagnostic> diagnostics)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (ImageReferenceParser.IsValidDigest(text))
        {
            return text;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidImageDigest,
            $"{property} is '{text}', but a digest is 'sha256:' followed by 64 lower-case hexadecimal digits, as 'docker buildx imagetools inspect <image>' prints it.",
            projectPath));
        return null;
    }

    /// <summary>Empty or <c>false</c>: off. <c>true</c>: the id <see cref="DefaultNuGetConfigSecret"/>. Anything else is the id itself.</summary>
    private static string? ReadNuGetConfigSecret(string text, string projectPath, List<Diagnostic> diagnostics)
    {
        if (text.Length == 0 || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return DefaultNuGetConfigSecret;
        }

        if (SecretId().IsMatch(text))
        {
            return text;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidNuGetConfigSecretId,
            $"SlimDockerfileNuGetConfigSecret is '{text}', but a BuildKit secret id is letters, digits, '_', '.' and '-', starting with a letter or digit: " +
            $"it is passed as 'docker build --secret id=<id>,src=<file>' and mounted as the file /run/secrets/<id>. " +
            $"Use e.g. '{DefaultNuGetConfigSecret}' (or 'true', which means '{DefaultNuGetConfigSecret}').",
            projectPath));
        return null;
    }

    private static List<string> ReadOsPackages(string text, string projectPath, List<Diagnostic> diagnostics)
    {
        var packages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (PackageName().IsMatch(name))
            {
                packages.Add(name);
                continue;
            }

            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidOsPackageName,
                $"SlimDockerfileOsPackages names '{name}', which is not a package name: use lower-case letters, digits, '+', '-' and '.', " +
                "one package per ';' (e.g. 'libfontconfig1;libgssapi-krb5-2'), without versions or options.",
                projectPath));
        }

        return packages.ToList();
    }

    private static List<BuildArgument> ReadBuildArgs(IReadOnlyList<ProjectItem> items, string projectPath, List<Diagnostic> diagnostics)
    {
        var arguments = new List<BuildArgument>();
        foreach (var item in items)
        {
            var name = item.Include.Trim();
            var value = item.Get("Value");
            if (!ValueRules.VariableName().IsMatch(name))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.InvalidBuildArgName,
                    $"SlimDockerfileBuildArg '{name}' has an invalid name: a build argument name must be letters, digits and '_', not starting with a digit (e.g. APP_VERSION).",
                    projectPath));
            }
            else if (value is not null && !ValueRules.CanBeWritten(value))
            {
                diagnostics.Add(ValueRules.ValueCannotBeWritten($"The Value of SlimDockerfileBuildArg '{name}'", projectPath));
            }
            else
            {
                arguments.Add(new BuildArgument(name, value));
            }
        }

        return arguments
            .GroupBy(a => a.Name, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
    }
}
