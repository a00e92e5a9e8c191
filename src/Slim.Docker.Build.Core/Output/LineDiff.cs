using System.Text;

namespace Slim.Docker.Build.Output;

/// <summary>
/// A unified-style line diff (longest common subsequence), small enough for Dockerfiles, so that a failed
/// check shows what changed instead of only saying that something did.
/// </summary>
public static class LineDiff
{
    private const int Context = 2;

    /// <summary>Lines prefixed with '-' (on disk), '+' (generated now) or ' ' (context); "..." between hunks.</summary>
    public static string Unified(string before, string after, int maxLines = 80)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var edits = Edits(a, b);

        var show = new bool[edits.Count];
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind != ' ')
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(edits.Count - 1, i + Context); j++)
                {
                    show[j] = true;
                }
            }
        }

        var builder = new StringBuilder();
        var written = 0;
        var gap = false;
        for (var i = 0; i < edits.Count; i++)
        {
            if (!show[i])
            {
                gap = true;
                continue;
            }

            if (gap && builder.Length > 0)
            {
                builder.Append("...\n");
            }

            gap = false;
            if (written++ == maxLines)
            {
                builder.Append("... (more differences)\n");
                break;
            }

            builder.Append(edits[i].Kind).Append(edits[i].Line).Append('\n');
        }

        return builder.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    private static List<(char Kind, string Line)> Edits(string[] a, string[] b)
    {
        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                edits.Add((' ', a[x++]));
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                edits.Add(('-', a[x++]));
            }
            else
            {
                edits.Add(('+', b[y++]));
            }
        }

        while (x < a.Length)
        {
            edits.Add(('-', a[x++]));
        }

        while (y < b.Length)
        {
            edits.Add(('+', b[y++]));
        }

        return edits;
    }
}
