using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Images;

/// <summary>
/// The grammar of image references, registry locations and digests, as Docker and the OCI distribution spec
/// define them. Each check returns what is wrong in words a user can act on, or null when the text is valid.
/// </summary>
public static partial class ImageReferenceParser
{
    // A registry host: DNS labels separated by dots (or an IPv4 address), with an optional port.
    [GeneratedRegex(@"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]{1,5})?$")]
    private static partial Regex Host();

    [GeneratedRegex(@"^[\w][\w.-]{0,127}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex DigestPattern();

    public static bool IsValidDigest(string digest) => DigestPattern().IsMatch(digest);

    /// <summary>A tag as Docker and the SDK take it: <c>[\w][\w.-]{0,127}</c>.</summary>
    public static bool IsValidTag(string tag) => TagPattern().IsMatch(tag);

    /// <summary>Parses <c>registry/repository:tag@sha256:...</c>; tag and digest are optional, the registry too.</summary>
    public static ImageReference? Parse(string text, out string? problem)
    {
        problem = Check(text, out var reference);
        return problem is null ? reference : null;
    }

    /// <summary>A registry location that can stand in for a registry host: <c>host[:port][/path]</c>.</summary>
    public static string? CheckRegistryLocation(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal))
        {
            return "it has a scheme; give only the host, e.g. 'mirror.example.com' or 'localhost:5000/mcr'";
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? text : text[..slash];
        if (!IsValidHost(host))
        {
            return $"'{host}' is not a host name with an optional port";
        }

        if (slash >= 0 && !ImageName.IsValidRepository(text[(slash + 1)..]))
        {
            return $"the path '{text[(slash + 1)..]}' must be lower-case letters, digits and the separators '.', '_', '-' and '/'";
        }

        return null;
    }

    private static string? Check(string text, out ImageReference? reference)
    {
        reference = null;
        if (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "an image reference cannot be empty or contain blanks";
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            return "an image reference has no scheme; remove the '" + text[..(text.IndexOf("://", StringComparison.Ordinal) + 3)] + "'";
        }

        var digest = "";
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var name = text;
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            name = text[..at];
            if (!IsValidDigest(digest))
            {
                return $"the digest '{digest}' is not 'sha256:' followed by 64 lower-case hexadecimal digits";
            }
        }

        var tag = "";
        var colon = name.LastIndexOf(':');
        if (colon > name.LastIndexOf('/'))
        {
            tag = name[(colon + 1)..];
            name = name[..colon];
            if (!TagPattern().IsMatch(tag))
            {
                return $"the tag '{tag}' must be 1 to 128 letters, digits, '_', '.' or '-', and not start with '.' or '-'";
            }
        }

        // Like Docker: the first part is a registry only when it looks like a host (a dot, a port, or localhost).
        var registry = "";
        var firstSlash = name.IndexOf('/', StringComparison.Ordinal);
        if (firstSlash > 0)
        {
            var first = name[..firstSlash];
            if (first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost")
            {
                if (!IsValidHost(first))
                {
                    return $"the registry '{first}' is not a host name with an optional port";
                }

                registry = first;
                name = name[(firstSlash + 1)..];
            }
        }

        if (!ImageName.IsValidRepository(name))
        {
            return $"the repository '{name}' must be lower-case letters, digits and the separators '.', '_', '-' and '/'";
        }

        reference = new ImageReference(registry, name, tag, digest);
        return null;
    }

    /// <summary>A registry host (DNS labels or an IPv4 address) with an optional port from 1 to 65535.</summary>
    public static bool IsValidHost(string host)
    {
        if (!Host().IsMatch(host))
        {
            return false;
        }

        var colon = host.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || int.Parse(host[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 65535;
    }
}
