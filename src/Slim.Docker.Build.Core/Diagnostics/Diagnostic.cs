namespace Slim.Docker.Build.Diagnostics;

/// <summary>
/// A problem found while planning or writing, reported to MSBuild by the task adapter.
/// <paramref name="Line"/> and <paramref name="Column"/> are 1-based; 0 means unknown.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string? File = null,
    int Line = 0,
    int Column = 0)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Error(DiagnosticCode code, string message, string? file = null, int line = 0, int column = 0) =>
        new(code.Id, DiagnosticSeverity.Error, message, file, line, column);

    public static Diagnostic Warning(DiagnosticCode code, string message, string? file = null, int line = 0, int column = 0) =>
        new(code.Id, DiagnosticSeverity.Warning, message, file, line, column);

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
