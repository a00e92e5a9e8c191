namespace Slim.Docker.Build.Diagnostics;

/// <summary>A stable diagnostic code. One code per cause, so users and docs can search for it.</summary>
public sealed record DiagnosticCode(string Id, string Title)
{
    public override string ToString() => Id;
}
