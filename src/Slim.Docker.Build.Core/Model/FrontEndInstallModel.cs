namespace Slim.Docker.Build.Model;

/// <summary>One front end's install: COPY <c>Files</c> to <c>Destination</c>, then <c>Command</c> in <c>Directory</c>.</summary>
/// <param name="Directory">The front end's folder relative to the build context; empty for the context's root.</param>
/// <param name="Files">package.json and the lock file, relative to the build context.</param>
/// <param name="Destination">The COPY destination (<c>ClientApp/</c>, or <c>./</c>).</param>
/// <param name="Command">The install command (<c>npm ci --no-audit --no-fund</c>).</param>
public sealed record FrontEndInstallModel(string Directory, string[] Files, string Destination, string Command);
