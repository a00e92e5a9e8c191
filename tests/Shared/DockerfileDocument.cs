using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Testing;

/// <summary>One Dockerfile instruction as Docker's parser sees it: keyword, --flags, and arguments.</summary>
public sealed record DockerInstruction(string Keyword, IReadOnlyList<string> Flags, string Arguments, IReadOnlyList<string>? JsonArguments, int Line)
{
    public string? Flag(string name) =>
        Flags.Select(f => f.Split('=', 2)).Where(p => p[0] == "--" + name).Select(p => p.Length > 1 ? p[1] : "").FirstOrDefault();

    public override string ToString() => $"{Keyword} {string.Join(' ', Flags)} {Arguments}".Trim();
}

/// <summary>
/// A small Dockerfile reader for tests: joins continuation lines, drops comments and blank lines, splits
/// flags, and decodes JSON-form arguments the way Docker does. It follows BuildKit's parser
/// (frontend/dockerfile/parser) where the generator's output could be read differently.
/// </summary>
public sealed partial class DockerfileDocument
{
    // Docker's line continuation: the escape character as the last non-blank character of a line, *unless*
    // another escape character precedes it ("\\" at the end of a line is an escaped backslash, not a
    // continuation), or alone on its line. BuildKit: ([^\\])\\[ \t]*$|^\\[ \t]*$
    [GeneratedRegex(@"([^\\])\\[ \t]*$|^\\[ \t]*$")]
    private static partial Regex LineContinuation();

    // A parser directive (# syntax=..., # escape=..., # check=...): only in the comment lines at the very top,
    // before any instruction, other comment or blank line. BuildKit: ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
    [GeneratedRegex(@"^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$")]
    private static partial Regex ParserDirective();

    private static readonly string[] KnownDirectives = ["syntax", "escape", "check"];

    // A word that opens a heredoc in a shell-form RUN/COPY/ADD (<<EOF, <<-EOF, 3<<EOF): Docker then reads the
    // following lines as the heredoc's body. BuildKit: ^(\d*)<<(-?)([^<]*)$ with a non-empty name.
    [GeneratedRegex(@"^\d*<<-?[^<]+$")]
    private static partial Regex Heredoc();

    public IReadOnlyList<DockerInstruction> Instructions { get; }

    public IReadOnlyList<string> Comments { get; }

    /// <summary>The parser directives Docker reads from the top of the file, e.g. <c>syntax</c> → <c>docker/dockerfile:1</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Directives { get; }

    private DockerfileDocument(IReadOnlyList<DockerInstruction> instructions, IReadOnlyList<string> comments, IReadOnlyList<KeyValuePair<string, string>> directives)
    {
        Instructions = instructions;
        Comments = comments;
        Directives = directives;
    }

    public static DockerfileDocument Parse(string text)
    {
        var instructions = new List<DockerInstruction>();
        var comments = new List<string>();
        var directives = new List<KeyValuePair<string, string>>();
        var lookingForDirectives = true;
        // Docker splits lines at '\n' only and trims the '\r' of a CRLF ending.
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (lookingForDirectives)
            {
                var directive = ParserDirective().Match(trimmed);
                if (directive.Success && KnownDirectives.Contains(directive.Groups[1].Value.ToLowerInvariant()))
                {
                    directives.Add(new(directive.Groups[1].Value.ToLowerInvariant(), directive.Groups[2].Value));
                    comments.Add(trimmed);
                    continue;
                }

                lookingForDirectives = false;
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('#'))
            {
                comments.Add(trimmed);
                continue;
            }

            var startLine = i + 1;
            var logical = new StringBuilder();
            var current = lines[i];
            while (LineContinuation().IsMatch(current) && i + 1 < lines.Length)
            {
                logical.Append(LineContinuation().Replace(current, "$1"));
                i++;
                current = lines[i];
                // Comment lines and blank lines inside a continuation are removed by Docker.
                while ((current.TrimStart().StartsWith('#') || current.Trim().Length == 0) && i + 1 < lines.Length)
                {
                    i++;
                    current = lines[i];
                }
            }

            logical.Append(current);
            var instruction = ParseInstruction(logical.ToString().Trim(), startLine);
            if (instruction.Keyword is "RUN" or "COPY" or "ADD" && instruction.JsonArguments is null
                && SplitWords(instruction.Arguments).FirstOrDefault(w => Heredoc().IsMatch(w)) is { } heredoc)
            {
                throw new FormatException($"Line {startLine}: Docker would read the lines after '{heredoc}' as a heredoc: {instruction}");
            }

            instructions.Add(instruction);
        }

        return new DockerfileDocument(instructions, comments, directives);
    }

    private static DockerInstruction ParseInstruction(string line, int number)
    {
        var space = line.IndexOfAny([' ', '\t']);
        var keyword = (space < 0 ? line : line[..space]).ToUpperInvariant();
        var rest = space < 0 ? "" : line[(space + 1)..].TrimStart();
        var flags = new List<string>();
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOfAny([' ', '\t']);
            flags.Add(end < 0 ? rest : rest[..end]);
            rest = end < 0 ? "" : rest[(end + 1)..].TrimStart();
        }

        IReadOnlyList<string>? json = null;
        if (rest.StartsWith('['))
        {
            try
            {
                json = JsonSerializer.Deserialize<string[]>(rest);
            }
            catch (JsonException)
            {
                json = null; // Docker falls back to shell form too.
            }
        }

        return new DockerInstruction(keyword, flags, rest, json, number);
    }

    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    /// <summary>The stages, each starting at its FROM.</summary>
    public IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages()
    {
        var stages = new List<IReadOnlyList<DockerInstruction>>();
        List<DockerInstruction>? current = null;
        foreach (var instruction in Instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                current = [];
                stages.Add(current);
            }

            current?.Add(instruction);
        }

        return stages;
    }

    /// <summary>
    /// Paths of a COPY instruction without --from: every argument but the last, as Docker reads them. Docker
    /// expands every source and the destination with its shell-like word processing (quotes, '\\' and '$'),
    /// in JSON form too (BuildKit's SourcesAndDest.Expand); the shell form is split at blanks first.
    /// </summary>
    public static IReadOnlyList<string> CopySources(DockerInstruction copy)
    {
        var words = CopyWords(copy);
        return words.Take(words.Count - 1).Select(ProcessWord).ToList();
    }

    public static string CopyDestination(DockerInstruction copy) => ProcessWord(CopyWords(copy)[^1]);

    private static IReadOnlyList<string> CopyWords(DockerInstruction copy) =>
        copy.JsonArguments ?? copy.Arguments.Split([' ', '\t', '\v', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The <c>KEY=value</c> pairs of an <c>ENV</c>, <c>LABEL</c> or <c>ARG</c> instruction, as Docker reads them:
    /// words split at blanks outside quotes, each split at its first '=', then key and value processed like
    /// <see cref="ProcessWord"/>. A word without '=' (<c>ARG NAME</c>) has a null value.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> KeyValues(DockerInstruction instruction)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var word in SplitWords(instruction.Arguments))
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(equals < 0
                ? new(ProcessWord(word), null)
                : new(ProcessWord(word[..equals]), ProcessWord(word[(equals + 1)..])));
        }

        return pairs;
    }

    /// <summary>
    /// Docker's shell-like processing of one word (ENV/LABEL/ARG values, WORKDIR, USER, COPY paths): outside
    /// quotes a backslash makes the next character literal (a backslash that ends the word is dropped); inside
    /// double quotes it escapes only '"', '$' and '\'; single quotes keep everything. An unescaped '$' would be
    /// expanded by Docker, so it fails the test instead (Docker keeps a '$' that no name follows; the test
    /// does not need that leniency).
    /// </summary>
    public static string ProcessWord(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\\')
            {
                if (i + 1 < word.Length)
                {
                    builder.Append(word[++i]);
                }
            }
            else if (c == '\'')
            {
                var end = word.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw new FormatException($"Unterminated single quote in {word}");
                }

                builder.Append(word, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                for (i++; ; i++)
                {
                    if (i >= word.Length)
                    {
                        throw new FormatException($"Unterminated double quote in {word}");
                    }

                    if (word[i] == '"')
                    {
                        break;
                    }

                    if (word[i] == '$')
                    {
                        throw new FormatException($"Docker would expand the '$' in {word}");
                    }

                    if (word[i] == '\\' && i + 1 < word.Length && word[i + 1] is '"' or '$' or '\\')
                    {
                        i++;
                    }

                    builder.Append(word[i]);
                }
            }
            else if (c == '$')
            {
                throw new FormatException($"Docker would expand the '$' in {word}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits at blanks that are outside quotes and not escaped, keeping each word's quotes and escapes, as
    /// Docker's parseWords does: a blank is any Unicode space (Go's unicode.IsSpace, the same set as
    /// char.IsWhiteSpace), not just ' ' and tab.
    /// </summary>
    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
            if (c == '\\' && i + 1 < text.Length && quote != '\'')
            {
                current.Append(text[++i]);
            }
            else if (quote == '\0' && c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
