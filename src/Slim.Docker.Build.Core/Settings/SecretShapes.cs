using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Tells whether a command-line property looks like a secret, by the words of its name or the shape of its value.
/// The Dockerfile repeats forwarded properties in its RUN lines, which end up in the committed file and in the
/// image's build history, so a secret must never be forwarded. README, "Properties given on the command line",
/// states the same rule.
/// </summary>
public static partial class SecretShapes
{
    /// <summary>Words of a property name that name a secret (compared with the name's words, in any case).</summary>
    public static IReadOnlyList<string> SecretWords { get; } = ["Token", "Password", "Passwd", "Pwd", "Secret", "ApiKey", "Key", "Pat", "Credential", "Credentials"];

    /// <summary>
    /// A word after a secret word that makes the name refer to a secret instead of holding it (KeyFile, KeyContainer,
    /// TokenEndpoint, PasswordFile): such a value is a path, a name or an address.
    /// </summary>
    public static IReadOnlyList<string> ReferenceWords { get; } =
        ["File", "Files", "Path", "Paths", "Dir", "Directory", "Container", "Name", "Id", "Url", "Uri", "Endpoint", "Type", "Size", "Length", "Version", "Provider"];

    // A name written in one case without separators ("MYTOKEN", "apikey") has no word boundaries: then the long
    // secret words count at its end. Key and Pat do not: MONKEY and SPAT are not secrets.
    private static readonly string[] SuffixWords = ["Token", "Password", "Secret", "ApiKey", "Credential", "Credentials"];

    // PascalCase and camelCase words, upper-case acronyms (PATToken: PAT, Token) and digit runs; '_' and '-' separate.
    [GeneratedRegex("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*(Bearer|Basic)\s+\S{8,}", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s@]+@")]
    private static partial Regex UrlWithUserInfo();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.")]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})")]
    private static partial Regex GitHubToken();

    /// <summary>The words of a property name: <c>AssemblyOriginatorKeyFile</c> is Assembly, Originator, Key, File.</summary>
    public static IReadOnlyList<string> Words(string name) => [.. Word().Matches(name).Select(m => m.Value)];

    /// <summary>
    /// The secret word of <paramref name="name"/> (e.g. <c>Token</c> for <c>MyFeedToken</c>), or null. A secret word
    /// does not count after <c>Public</c> (PublicKeyToken) or when a reference word follows it (KeyFile, KeyContainer).
    /// </summary>
    public static string? SecretWordOf(string name)
    {
        var words = Words(name);
        var afterPublic = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Equals("Public", StringComparison.OrdinalIgnoreCase))
            {
                afterPublic = true;
                continue;
            }

            var secret = SecretWords.FirstOrDefault(s => s.Equals(word, StringComparison.OrdinalIgnoreCase))
                ?? (IsOneCase(word) ? SuffixWords.FirstOrDefault(s => word.EndsWith(s, StringComparison.OrdinalIgnoreCase)) : null);
            if (secret is null || afterPublic)
            {
                continue;
            }

            var referenced = words.Skip(i + 1).Any(w => ReferenceWords.Contains(w, StringComparer.OrdinalIgnoreCase));
            if (!referenced)
            {
                return secret;
            }
        }

        return null;
    }

    /// <summary>What makes <paramref name="value"/> look like a credential (never the value itself), or null.</summary>
    public static string? SecretShapeOf(string value) =>
        AuthorizationHeader().IsMatch(value) ? "an Authorization header value (Bearer/Basic and a token)"
        : UrlWithUserInfo().IsMatch(value) ? "a URL with a user name or password in it (scheme://user:password@host)"
        : JsonWebToken().IsMatch(value) ? "a JSON Web Token"
        : GitHubToken().IsMatch(value) ? "a GitHub token"
        : null;

    /// <summary>A boolean cannot leak anything, whatever its name (UseToken=true).</summary>
    public static bool IsHarmlessValue(string value) =>
        value.Trim().Length == 0 || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) || value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);

    private static bool IsOneCase(string word) =>
        word.Length > 1 && (word.All(c => !char.IsLetter(c) || char.IsUpper(c)) || word.All(c => !char.IsLetter(c) || char.IsLower(c)));
}
