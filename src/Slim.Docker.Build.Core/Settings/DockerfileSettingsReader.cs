using System.Text.RegularExpressions;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Needs;
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

    public static DockerfileSettings? Read(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var checkpoint = diagnostics.Checkpoint();
        var properties = new PropertyReader(facts, diagnostics);

        var settings = new DockerfileSettings
        {
            SdkImage = ReadSdkImage(properties.Text(KnownStrings.SlimProperties.SdkImage), diagnostics),
            RegistryMirror = ReadMirror(properties.Text(KnownStrings.SlimProperties.RegistryMirror).TrimEnd('/'), diagnostics),
            BaseImageDigest = ReadDigest(KnownStrings.SlimProperties.BaseImageDigest, properties.Text(KnownStrings.SlimProperties.BaseImageDigest), diagnostics),
            SdkImageDigest = ReadDigest(KnownStrings.SlimProperties.SdkImageDigest, properties.Text(KnownStrings.SlimProperties.SdkImageDigest), diagnostics),
            OsPackages = ReadOsPackages(facts.Property(KnownStrings.SlimProperties.OsPackages), diagnostics),
            OsFeatures = ReadOsFeatures(facts.Property(KnownStrings.SlimProperties.OsFeatures), diagnostics),
            BuildArgs = ReadBuildArgs(facts.ItemsOf(KnownStrings.Items.SlimDockerfileBuildArg), diagnostics),
            CacheMounts = properties.Boolean(KnownStrings.SlimProperties.CacheMounts) ?? false,
            Compose = properties.Boolean(KnownStrings.SlimProperties.Compose) ?? false,
            CopyLink = properties.Boolean(KnownStrings.SlimProperties.CopyLink) ?? true,
            NuGetConfigSecret = ReadNuGetConfigSecret(properties.Text(KnownStrings.SlimProperties.NuGetConfigSecret), diagnostics),
            Symbols = ReadSymbols(properties.Text(KnownStrings.SlimProperties.Symbols), diagnostics),
        };

        return checkpoint.HasNewErrors ? null : settings;
    }

    private static ImageReference? ReadSdkImage(string text, DiagnosticBag diagnostics)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var reference = ImageReferenceParser.Parse(text, out var problem);
        if (reference is null)
        {
            ContainerSettingsReader.InvalidImage(diagnostics, "SlimDockerfileSdkImage", text, problem!);
        }

        return reference;
    }

    private static string? ReadMirror(string text, DiagnosticBag diagnostics)
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

        diagnostics.Error(
            DiagnosticCodes.InvalidRegistryMirror,
            $"SlimDockerfileRegistryMirror is '{text}', but {problem}. Write host[:port][/path], e.g. 'mirror.example.com/mcr' or 'localhost:5000'; " +
            $"it replaces '{ImageReference.MicrosoftRegistry}' in every FROM.");
        return null;
    }

    private static string? ReadDigest(string property, string text, DiagnosticBag diagnostics)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (ImageReferenceParser.IsValidDigest(text))
        {
            return text;
        }

        diagnostics.Error(
            DiagnosticCodes.InvalidImageDigest,
            $"{property} is '{text}', but a digest is 'sha256:' followed by 64 lower-case hexadecimal digits, as 'docker buildx imagetools inspect <image>' prints it.");
        return null;
    }

    /// <summary>Empty or <c>false</c>: off. <c>true</c>: the id <see cref="DefaultNuGetConfigSecret"/>. Anything else is the id itself.</summary>
    private static string? ReadNuGetConfigSecret(string text, DiagnosticBag diagnostics)
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

        diagnostics.Error(
            DiagnosticCodes.InvalidNuGetConfigSecretId,
            $"SlimDockerfileNuGetConfigSecret is '{text}', but a BuildKit secret id is letters, digits, '_', '.' and '-', starting with a letter or digit: " +
            $"it is passed as 'docker build --secret id=<id>,src=<file>' and mounted as the file /run/secrets/<id>. " +
            $"Use e.g. '{DefaultNuGetConfigSecret}' (or 'true', which means '{DefaultNuGetConfigSecret}').");
        return null;
    }

    /// <summary>Empty or <c>managed</c>: the default. <c>all</c>/<c>true</c> and <c>none</c>/<c>false</c>, in any case.</summary>
    private static SymbolFiles ReadSymbols(string text, DiagnosticBag diagnostics)
    {
        switch (text.ToLowerInvariant())
        {
            case "" or "managed":
                return SymbolFiles.Managed;
            case "all" or "true":
                return SymbolFiles.All;
            case "none" or "false":
                return SymbolFiles.None;
            default:
                diagnostics.Error(
                    DiagnosticCodes.InvalidSymbolsSetting,
                    $"SlimDockerfileSymbols is '{ValueRules.Visible(text)}', but it takes 'managed' (the default: .pdb files of a JIT-compiled app stay in the " +
                    "final image for line numbers in stack traces, native symbols such as *.dbg go to the debug stage only), 'all' (or 'true': every symbol " +
                    "file stays) or 'none' (or 'false': no symbol file in the final image). The debug stage has them all in every case.");
                return SymbolFiles.Managed;
        }
    }

    private static List<string> ReadOsPackages(string text, DiagnosticBag diagnostics)
    {
        var packages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (PackageName().IsMatch(name))
            {
                packages.Add(name);
                continue;
            }

            diagnostics.Error(
                DiagnosticCodes.InvalidOsPackageName,
                $"SlimDockerfileOsPackages names '{name}', which is not a package name: use lower-case letters, digits, '+', '-' and '.', " +
                "one package per ';' (e.g. 'libfontconfig1;libgssapi-krb5-2'), without versions or options.");
        }

        return packages.ToList();
    }

    private static List<string> ReadOsFeatures(string text, DiagnosticBag diagnostics)
    {
        var features = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (NeedsCatalog.OsFeatures.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } feature)
            {
                features.Add(feature.Name);
                continue;
            }

            diagnostics.Error(
                DiagnosticCodes.InvalidOsFeature,
                $"SlimDockerfileOsFeatures names '{ValueRules.Visible(name)}', which is not a feature Slim.Docker.Build knows. Use one or more of: " +
                $"{string.Join(", ", NeedsCatalog.OsFeatures.Select(f => $"{f.Name} ({f.Description})"))}, separated by ';'; for any other OS library use SlimDockerfileOsPackages.");
        }

        return [.. features];
    }

    private static List<BuildArgument> ReadBuildArgs(IReadOnlyList<ProjectItem> items, DiagnosticBag diagnostics)
    {
        var arguments = new List<BuildArgument>();
        foreach (var item in items)
        {
            var name = item.Include.Trim();
            var value = item.Get("Value");
            if (!ValueRules.VariableName().IsMatch(name))
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidBuildArgName,
                    $"SlimDockerfileBuildArg '{name}' has an invalid name: a build argument name must be letters, digits and '_', not starting with a digit (e.g. APP_VERSION).");
            }
            else if (value is not null && !ValueRules.CanBeWritten(value))
            {
                ValueRules.ValueCannotBeWritten(diagnostics, $"The Value of SlimDockerfileBuildArg '{name}'");
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
