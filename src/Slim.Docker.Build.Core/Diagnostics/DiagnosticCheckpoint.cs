namespace Slim.Docker.Build.Diagnostics;

/// <summary>The error count of a <see cref="DiagnosticBag"/> at one moment: did the work since then fail?</summary>
public readonly record struct DiagnosticCheckpoint(DiagnosticBag Bag, int ErrorsBefore)
{
    public bool HasNewErrors => Bag.ErrorCount > ErrorsBefore;
}
