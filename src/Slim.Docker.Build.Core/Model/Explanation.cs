namespace Slim.Docker.Build.Model;

/// <summary>
/// Why the Dockerfile does something: the reason, by name (an <c>ExplanationReason</c>, for templates that branch on
/// it), and the comment lines that say it. Templates print the lines with <c>comments</c>; the build log prints the
/// same lines. A line that starts with two blanks continues the one before it.
/// </summary>
public sealed record Explanation(string Reason, string[] Lines);
