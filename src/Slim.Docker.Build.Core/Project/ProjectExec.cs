namespace Slim.Docker.Build.Project;

/// <summary>An Exec task: its command and working directory, with the properties expanded (items and metadata may remain).</summary>
public sealed record ProjectExec(string Command, string WorkingDirectory);
