using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Reads ContainerRegistry, ContainerRepository (and its obsolete name ContainerImageName), ContainerImageTag and
/// ContainerImageTags with the SDK's rules (ComputeContainerConfig and ParseContainerProperties) and its errors
/// (CONTAINER003, 2007, 2008, 2010, 2012 as SDB1051-SDB1055).
/// </summary>
public static class ImageTargetReader
{
    public static ImageTarget? Read(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var checkpoint = diagnostics.Checkpoint();
        var repository = ReadRepository(facts, diagnostics);
        var tags = ReadTags(facts, diagnostics);
        var registry = facts.Property(KnownStrings.ContainerProperties.ContainerRegistry).Trim();
        if (registry.Length > 0 && !ImageReferenceParser.IsValidHost(registry))
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidRegistry,
                $"ContainerRegistry is '{ValueRules.Visible(registry)}', which is not a registry: write its host with an optional port and nothing else, " +
                "e.g. 'registry.example.com' or 'localhost:5000' (no scheme, no path).");
        }

        return checkpoint.HasNewErrors || repository is null ? null : new ImageTarget(registry, repository, tags);
    }

    private static string? ReadRepository(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var (property, repository) = (KnownStrings.ContainerProperties.ContainerRepository, facts.ContainerRepository.Trim());
        var obsolete = facts.Property(KnownStrings.ContainerProperties.ContainerImageName).Trim();
        if (obsolete.Length > 0)
        {
            // Like the SDK's targets: the old name wins, even over ContainerRepository.
            diagnostics.Warning(
                DiagnosticCodes.ContainerImageNameIsObsolete,
                $"The property 'ContainerImageName' was set but is obsolete: rename it to ContainerRepository{(repository.Length > 0 ? $" (it replaces ContainerRepository '{repository}' for now, as with the SDK)" : "")}.");
            (property, repository) = (KnownStrings.ContainerProperties.ContainerImageName, obsolete);
        }

        if (repository.Length == 0)
        {
            var assemblyName = facts.AssemblyName.Trim();
            return ImageName.Normalize(assemblyName) is { } normalized && ImageName.IsValidRepository(normalized)
                ? normalized
                : ImageName.FromAssemblyName(assemblyName);
        }

        var name = ImageName.Normalize(repository);
        if (name is null || !ImageName.IsValidRepository(name))
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidRepositoryName,
                $"{property} '{ValueRules.Visible(repository)}' is not a valid image repository name: use lower-case letters, digits and the separators '.', '_', '-' and '/', " +
                $"starting and ending with a letter or digit, e.g. '{ImageName.FromAssemblyName(repository)}'.");
            return null;
        }

        if (name != repository)
        {
            diagnostics.Warning(
                DiagnosticCodes.RepositoryNormalized,
                $"{property} '{ValueRules.Visible(repository)}' is not a valid image repository name, so the image is named '{name}', as dotnet publish -t:PublishContainer names it. " +
                $"Write '{name}' to make this warning go away.");
        }

        return name;
    }

    private static IReadOnlyList<string> ReadTags(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var tag = facts.Property(KnownStrings.ContainerProperties.ContainerImageTag).Trim();
        var tags = facts.Property(KnownStrings.ContainerProperties.ContainerImageTags)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tag.Length > 0 && tags.Length > 0)
        {
            diagnostics.Error(
                DiagnosticCodes.ImageTagAndTagsBothSet,
                $"Both ContainerImageTag ('{tag}') and ContainerImageTags ('{string.Join(";", tags)}') are set, but only one or the other is allowed, " +
                "as with dotnet publish -t:PublishContainer. Put every tag in ContainerImageTags.");
            return [];
        }

        if (tag.Length > 0)
        {
            if (!ImageReferenceParser.IsValidTag(tag))
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidImageTag,
                    $"ContainerImageTag is '{ValueRules.Visible(tag)}', which is not an image tag: 1 to 128 letters, digits, '_', '.' and '-', " +
                    "not starting with '.' or '-' (e.g. '1.2.3' or 'latest').");
                return [];
            }

            return [tag];
        }

        var invalid = tags.Where(t => !ImageReferenceParser.IsValidTag(t)).ToList();
        if (invalid.Count > 0)
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidImageTags,
                $"ContainerImageTags has {string.Join(", ", invalid.Select(t => $"'{ValueRules.Visible(t)}'"))}, which {(invalid.Count == 1 ? "is not an image tag" : "are not image tags")}: " +
                "it must be a ';'-separated list of tags of 1 to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-' (e.g. '1.2.3;latest'; " +
                "on the command line, quote it: -p:ContainerImageTags=\\\"1.2.3;latest\\\").");
            return [];
        }

        return [.. tags.Distinct(StringComparer.Ordinal)];
    }
}
