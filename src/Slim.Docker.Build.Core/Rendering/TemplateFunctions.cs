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
    /// A JSON-form <c>COPY</c> argument list. Docker runs every COPY path through its shell-like word
    /// processing even in JSON form (variables, quotes and '\' escapes), so '\', '$' and both quotes are
    /// escaped for Docker before the JSON encoding: a path with a quote would otherwise lose it, or fail the
    /// build with an unmatched quote.
    /// </summary>
    public static string CopyArray(IEnumerable<object?> values) =>
        "[" + string.Join(", ", values.Select(v => JsonSerializer.Serialize(EscapeDockerWord(v?.ToString() ?? ""), RelaxedJson))) + "]";

    /// <summary>
    /// Explanations (or plain strings) as Dockerfile comment lines, each ending in a line break: <c># text</c>, or a bare
    /// <c>#</c> for an empty line. Nothing at all when there is nothing to say, so a template can put the call on a line
    /// of its own with <c>{{~ ... ~}}</c> and no condition around it.
    /// </summary>
    public static string Comments(IEnumerable<object?> explanations)
    {
        var builder = new StringBuilder();
        foreach (var item in explanations)
        {
            IEnumerable<string> lines = item is Model.Explanation explanation ? explanation.Lines : [item?.ToString() ?? ""];
            foreach (var line in lines)
            {
                builder.Append(line.Length == 0 ? "#" : "# " + CommentText(line)).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>A double-quoted YAML scalar: a JSON string, which YAML reads the same way, escapes included.</summary>
    public static string YamlQuote(string value) => JsonSerializer.Serialize(value, RelaxedJson);

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

    /// <summary>
    /// One <c>KEY="value"</c> pair for <c>ENV</c>, <c>LABEL</c> and <c>ARG</c>. Inside double quotes Docker
    /// treats <c>\</c> as an escape only before <c>"</c>, <c>$</c> and <c>\</c>, so escaping exactly those
    /// three keeps every other character literal and stops variable expansion. A line break has no escape in
    /// a Dockerfile (it would end the instruction), so the planner rejects such values before rendering.
    /// </summary>
    public static string DockerKeyValue(string key, string value) => DockerKey(key) + "=" + DockerQuoted(value);

    /// <summary>
    /// <c>key="${ARG}"</c>: a LABEL whose value Docker takes from the build argument <paramref name="argument"/> of the stage.
    /// </summary>
    public static string DockerKeyArgument(string key, string argument)
    {
        if (!ArgumentName().IsMatch(argument))
        {
            throw new ArgumentException($"'{argument}' is not a build argument name.", nameof(argument));
        }

        return DockerKey(key) + "=\"${" + argument + "}\"";
    }

    /// <summary>
    /// A name without a value (<c>ARG NAME</c>): unset unless given with <c>--build-arg</c>, which differs from
    /// <c>ARG NAME=""</c>.
    /// </summary>
    public static string DockerKey(string key)
    {
        RejectLineBreaks(key);
        return DockerKeySafe().IsMatch(key) ? key : DockerQuoted(key);
    }

    /// <summary>
    /// A value Docker expands as one word outside quotes (<c>WORKDIR</c>): a backslash makes the next
    /// character literal, so quotes, <c>$</c>, <c>\</c> and blanks are escaped.
    /// </summary>
    public static string DockerWord(string value)
    {
        RejectLineBreaks(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '$' or '"' or '\'' or ' ' or '\t')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ArgumentName();

    [GeneratedRegex("^[A-Za-z0-9_./-]+$")]
    private static partial Regex DockerKeySafe();

    private static string DockerQuoted(string value)
    {
        RejectLineBreaks(value);
        return "\"" + value
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal) + "\"";
    }

    private static void RejectLineBreaks(string value)
    {
        if (value.IndexOfAny(['\n', '\r']) >= 0)
        {
            throw new ArgumentException(
                $"The value '{CommentText(value)}' contains a line break, which a Dockerfile instruction cannot hold.", nameof(value));
        }
    }

    private static string EscapeDockerWord(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '$' or '"' or '\'')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
