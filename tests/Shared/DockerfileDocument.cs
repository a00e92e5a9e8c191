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
