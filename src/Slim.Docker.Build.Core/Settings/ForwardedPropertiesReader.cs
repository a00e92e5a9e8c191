using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// The <c>-p:</c> arguments of the command-line properties the Dockerfile repeats in the container
/// (<see cref="ForwardedProperties"/>), with an error for each one that cannot be written or must not be.
/// </summary>
public static class ForwardedPropertiesReader
{
    /// <summary>The arguments, sorted by name; null when one property cannot be forwarded.</summary>
    public static string[]? Read(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var checkpoint = diagnostics.Checkpoint();
        var allowed = AllowedNames(facts);
        var arguments = new List<string>();
        foreach (var (name, value) in ForwardedProperties.Select(facts.GlobalProperties))
        {
            if (!ForwardedProperties.IsValidName(name))
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidPropertyName,
                    $"The command-line property '{ValueRules.Visible(name)}' has an invalid name: an MSBuild property name is letters, digits, '_' and '-', " +
                    "not starting with a digit or '-' (e.g. -p:MyOption=value).");
            }
            else if (!ValueRules.CanBeWritten(value))
            {
                ValueRules.ValueCannotBeWritten(diagnostics, $"The command-line property '{name}', which the Dockerfile repeats in dotnet restore and dotnet publish,", "Give it a value on one line.");
            }
            else if (SecretReason(name, value, allowed) is { } reason)
            {
                // The value itself is never repeated: build logs are kept and shared too.
                diagnostics.Error(
                    DiagnosticCodes.SecretLikeProperty,
                    $"The command-line property '{name}' looks like a secret ({reason}). The Dockerfile repeats command-line properties in dotnet restore " +
                    "and dotnet publish, so it would be in the committed Dockerfile and in the image's build history; nothing was written. " +
                    $"Give feed credentials to the build as a BuildKit secret instead: set {KnownStrings.SlimProperties.NuGetConfigSecret}=true and build with " +
                    "'docker build --secret id=nugetconfig,src=<your NuGet.Config>' (README, Private feeds), and leave the property off the command line. " +
                    $"If '{name}' holds no secret, allow it: -p:{KnownStrings.SlimProperties.AllowedProperties}={name} (or in the project).");
            }
            else
            {
                arguments.Add(ForwardedProperties.ToArgument(name, value));
            }
        }

        return checkpoint.HasNewErrors ? null : [.. arguments];
    }

    private static string? SecretReason(string name, string value, HashSet<string> allowed)
    {
        if (SecretShapes.SecretShapeOf(value) is { } shape)
        {
            return $"its value is {shape}";
        }

        if (allowed.Contains(name) || SecretShapes.IsHarmlessValue(value))
        {
            return null;
        }

        return SecretShapes.SecretWordOf(name) is { } word ? $"its name has the word '{word}'" : null;
    }

    /// <summary>SlimDockerfileAllowedProperties: ';'-separated names the user says hold no secret.</summary>
    private static HashSet<string> AllowedNames(ProjectFacts facts) =>
        new(
            facts.Property(KnownStrings.SlimProperties.AllowedProperties).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
}
