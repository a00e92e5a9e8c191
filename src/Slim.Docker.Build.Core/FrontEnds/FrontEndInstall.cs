namespace Slim.Docker.Build.FrontEnds;

/// <summary>A front end whose packages the build stage installs before the sources: the files to copy and the command.</summary>
/// <param name="Folder">Absolute path of the front end's folder.</param>
/// <param name="Files">package.json and the lock file, absolute.</param>
/// <param name="Command">The install command, run in the folder.</param>
public sealed record FrontEndInstall(string Folder, IReadOnlyList<string> Files, string Command);
