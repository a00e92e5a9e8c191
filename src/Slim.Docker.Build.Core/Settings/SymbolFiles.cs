namespace Slim.Docker.Build.Settings;

/// <summary>SlimDockerfileSymbols: which symbol files the final image keeps. The debug stage always has all of them.</summary>
public enum SymbolFiles
{
    /// <summary>
    /// <c>managed</c>, the default: the .pdb files a JIT-compiled app's runtime reads for file names and line numbers
    /// in stack traces stay; native symbols (<c>*.dbg</c>, and every symbol file of a Native AOT app) do not.
    /// </summary>
    Managed,

    /// <summary><c>all</c> (or <c>true</c>): every symbol file publish writes stays in the final image.</summary>
    All,

    /// <summary><c>none</c> (or <c>false</c>): no symbol file in the final image.</summary>
    None,
}
