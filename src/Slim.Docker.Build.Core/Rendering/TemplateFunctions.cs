using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// Quoting functions templates call so that every value reaches Docker and the shell exactly as given.
/// They are the only code that knows Dockerfile and shell escaping rules.
/// </summary>
public static partial class TemplateFunctions
{
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex("^[A-Za-z0-9_@%+=:,./-]+$")]
    private static partial Regex ShellSafe();

    /// <summary>One POSIX shell word: left bare when safe, else single-quoted.</summary>
    public static string ShellQuote(string value) =>
        value.Length > 0 && ShellSafe().IsMatch(value) ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Several shell words, each quoted, joined by spaces.</summary>
    public static string ShellJoin(IEnumerable<object?> values) =>
        string.Join(' ', values.Select(v => ShellQuote(v?.ToString() ?? "")));

    /// <summary>
    /// An exec-form array (<c>ENTRYPOINT</c>, <c>CMD</c>): JSON strings, which Docker passes to the process
    /// without variable expansion.
    /// </summary>
    public static string ExecArray(IEnumerable<object?> values) =>
        "[" + string.Join(", ", values.Select(v => JsonSerializer.Serialize(v?.ToString() ?? "", RelaxedJson))) + "]";

    /// <summary>
    /// A JSON-form <c>COPY</c> argument list. Docker expands variables in COPY even in JSON form, so '\' and
    /// '$' are escaped for Docker before the JSON encoding.
    /// </summary>
    public static string CopyArray(IEnumerable<object?> values) =>
        "[" + string.Join(", ", values.Select(v => JsonSerializer.Serialize(EscapeDockerWord(v?.ToString() ?? ""), RelaxedJson))) + "]";

    /// <summary>A comment's text on one line: line breaks inside values would end the comment.</summary>
    public static string CommentText(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    private static string EscapeDockerWord(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal);
}
