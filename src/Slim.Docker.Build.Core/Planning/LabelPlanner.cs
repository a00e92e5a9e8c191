using Slim.Docker.Build.Images;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Planning;

/// <summary>
/// The SDK's default labels (Microsoft.NET.Build.Containers.targets, "Conventional Label assignment"; the base digest
/// from its CreateNewImage task), in its order, then the project's ContainerLabel items, which replace a default of the
/// same key. What only a build can know comes from build arguments of the final stage, so the file is the same on every
/// run: the time (IMAGE_CREATED, which the header's command passes), the commit (SOURCE_REVISION, passed too), the SDK
/// that built the app (DOTNET_SDK_VERSION: the SDK image's, not the host's) and the base image's digest
/// (BASE_IMAGE_DIGEST; written as it is when the project pins it).
/// </summary>
public static class LabelPlanner
{
    public const string CreatedArgument = "IMAGE_CREATED";
    public const string RevisionArgument = "SOURCE_REVISION";
    public const string SdkVersionArgument = "DOTNET_SDK_VERSION";
    public const string BaseDigestArgument = "BASE_IMAGE_DIGEST";

    /// <summary>
    /// What the header passes for IMAGE_CREATED: the time of the build, as the SDK's label has it, in UTC RFC 3339
    /// (portable date(1) syntax). It is not BuildKit's SOURCE_DATE_EPOCH, which is seconds and which BuildKit reads itself.
    /// </summary>
    public const string CreatedValue = "\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"";

    /// <summary>What the header passes for SOURCE_REVISION: the commit, as SourceLink's SourceRevisionId has it.</summary>
    public const string RevisionValue = "\"$(git rev-parse HEAD)\"";

    public static LabelPlan Plan(AppProfile app, LabelSettings settings, IReadOnlyList<NamedValue> projectLabels, ImageReference finalImage)
    {
        var labels = new List<ImageLabel>();
        var arguments = new List<BuildArgument>();
        var header = new List<string>();

        void Add(string @switch, string value, params string[] names)
        {
            if (settings.IsOn(@switch) && value.Length > 0)
            {
                labels.AddRange(names.Select(n => new ImageLabel(n, value)));
            }
        }

        void FromArgument(string @switch, string argument, string? headerValue, params string[] names)
        {
            if (settings.IsOn(@switch))
            {
                labels.AddRange(names.Select(n => new ImageLabel(n, "", argument)));
                arguments.Add(new BuildArgument(argument, null));
                if (headerValue is not null)
                {
                    header.Add($"{argument}={headerValue}");
                }
            }
        }

        FromArgument("ImageCreated", CreatedArgument, CreatedValue, "org.opencontainers.image.created", "org.opencontainers.artifact.created");
        Add("ImageDescription", settings.Description, "org.opencontainers.artifact.description", "org.opencontainers.image.description");
        Add("ImageAuthors", settings.Authors, "org.opencontainers.image.authors");
        Add("ImageUrl", settings.Url, "org.opencontainers.image.url");
        Add("ImageDocumentation", settings.Documentation, "org.opencontainers.image.documentation");
        Add("ImageVersion", settings.Version, "org.opencontainers.image.version");
        Add("ImageVendor", settings.Vendor, "org.opencontainers.image.vendor");
        Add("ImageLicenses", settings.Licenses, "org.opencontainers.image.licenses");
        Add("ImageTitle", settings.Title, "org.opencontainers.image.title");
        Add("ImageBaseName", finalImage.ToString(), "org.opencontainers.image.base.name");
        Add("DotnetToolset", app.Version.ToString(), "net.dot.runtime.majorminor");
        FromArgument("DotnetToolset", SdkVersionArgument, null, "net.dot.sdk.version");
        if (settings.PublishRepositoryUrl)
        {
            Add("ImageSource", settings.Source, "org.opencontainers.image.source");
            FromArgument("ImageRevision", RevisionArgument, RevisionValue, "org.opencontainers.image.revision");
        }

        if (finalImage.Digest.Length > 0)
        {
            Add("ImageBaseDigest", finalImage.Digest, "org.opencontainers.image.base.digest");
        }
        else
        {
            FromArgument("ImageBaseDigest", BaseDigestArgument, null, "org.opencontainers.image.base.digest");
        }

        // The project's own labels win over a default of the same key (the SDK's targets let the default win).
        var keys = projectLabels.Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        labels.RemoveAll(l => keys.Contains(l.Name));
        var used = labels.Where(l => l.Arg is not null).Select(l => l.Arg).ToHashSet(StringComparer.Ordinal);
        arguments.RemoveAll(a => !used.Contains(a.Name));
        header.RemoveAll(h => !used.Contains(h[..h.IndexOf('=', StringComparison.Ordinal)]));
        labels.AddRange(projectLabels.Select(l => new ImageLabel(l.Name, l.Value, FromProject: true)));
        return new LabelPlan(labels, arguments, header);
    }
}
