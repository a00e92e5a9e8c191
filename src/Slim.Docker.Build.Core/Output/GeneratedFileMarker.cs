using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Output;

/// <summary>
/// The checksum line that lets regeneration tell its own, unedited files from files a person wrote or edited.
/// The checksum covers the whole file except that line, with line endings normalized to LF so that a
/// checkout with CRLF endings still counts as unedited.
/// </summary>
public static partial class GeneratedFileMarker
{
    public const string Prefix = "# slim-docker-build-checksum: sha256:";
    private const string Suffix = " (regeneration replaces this file only while it matches this checksum)";

    [GeneratedRegex(@"^# slim-docker-build-checksum: sha256:(?<hash>[0-9a-f]{64})\b.*$", RegexOptions.Multiline)]
    private static partial Regex MarkerLine();

    // Dockerfile parser directives (# syntax=, # escape=, # check=) only count before any other comment.
    [GeneratedRegex(@"^#\s*(syntax|escape|check)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ParserDirective();

    /// <summary>Adds the checksum line to <paramref name="content"/> (LF line endings), after any parser directives.</summary>
    public static string Stamp(string content)
    {
        var lines = content.Split('\n').ToList();
        var insertAt = 0;
        while (insertAt < lines.Count && ParserDirective().IsMatch(lines[insertAt]))
        {
            insertAt++;
        }

        lines.Insert(insertAt, Prefix + Hash(content) + Suffix);
        return string.Join('\n', lines);
    }

    public static FileOwnership Inspect(string existing)
    {
        var normalized = existing.Replace("\r\n", "\n", StringComparison.Ordinal);
        var match = MarkerLine().Match(normalized);
        if (!match.Success)
        {
            return FileOwnership.UserWritten;
        }

        var withoutMarker = normalized.Remove(match.Index, match.Length + (match.Index + match.Length < normalized.Length ? 1 : 0));
        return Hash(withoutMarker) == match.Groups["hash"].Value ? FileOwnership.GeneratedUnedited : FileOwnership.GeneratedEdited;
    }

    private static string Hash(string content) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content.Replace("\r\n", "\n", StringComparison.Ordinal)))).ToLowerInvariant();
}
