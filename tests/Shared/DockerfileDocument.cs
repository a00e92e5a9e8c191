using System.Text;
using System.Text.Json;

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
/// flags, and decodes JSON-form arguments the way Docker does.
/// </summary>
public sealed class DockerfileDocument
{
    public IReadOnlyList<DockerInstruction> Instructions { get; }

    public IReadOnlyList<string> Comments { get; }

    private DockerfileDocument(IReadOnlyList<DockerInstruction> instructions, IReadOnlyList<string> comments)
    {
        Instructions = instructions;
        Comments = comments;
    }

    public static DockerfileDocument Parse(string text)
    {
        var instructions = new List<DockerInstruction>();
        var comments = new List<string>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
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
            while (current.TrimEnd().EndsWith('\\') && i + 1 < lines.Length)
            {
                var withoutSlash = current.TrimEnd();
                logical.Append(withoutSlash[..^1]);
                i++;
                current = lines[i];
                // Comment lines inside a continuation are removed by Docker.
                while (current.TrimStart().StartsWith('#') && i + 1 < lines.Length)
                {
                    i++;
                    current = lines[i];
                }
            }

            logical.Append(current);
            instructions.Add(ParseInstruction(logical.ToString().Trim(), startLine));
        }

        return new DockerfileDocument(instructions, comments);
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

    /// <summary>Paths of a COPY instruction without --from: every argument but the last, unescaped for Docker.</summary>
    public static IReadOnlyList<string> CopySources(DockerInstruction copy)
    {
        var words = copy.JsonArguments ?? copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Take(words.Count - 1).Select(UnescapeDockerWord).ToList();
    }

    public static string CopyDestination(DockerInstruction copy)
    {
        var words = copy.JsonArguments ?? copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return UnescapeDockerWord(words[^1]);
    }

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
    /// Docker's shell-like processing of one word (ENV/LABEL/ARG values, WORKDIR): outside quotes a backslash
    /// makes the next character literal; inside double quotes it escapes only '"', '$' and '\'; single quotes
    /// keep everything. An unescaped '$' would be expanded by Docker, so it fails the test instead.
    /// </summary>
    public static string ProcessWord(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\\' && i + 1 < word.Length)
            {
                builder.Append(word[++i]);
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

    /// <summary>Splits at blanks that are outside quotes and not escaped, keeping each word's quotes.</summary>
    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && c is ' ' or '\t')
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

    /// <summary>Docker's word processing for a literal without variables: backslash escapes the next character.</summary>
    public static string UnescapeDockerWord(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == '\\' && i + 1 < word.Length)
            {
                i++;
            }

            builder.Append(word[i]);
        }

        return builder.ToString();
    }
}
