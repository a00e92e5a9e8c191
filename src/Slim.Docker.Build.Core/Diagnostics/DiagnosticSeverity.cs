namespace Slim.Docker.Build.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
