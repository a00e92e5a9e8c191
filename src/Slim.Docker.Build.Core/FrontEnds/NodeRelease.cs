namespace Slim.Docker.Build.FrontEnds;

/// <summary>One Node.js release line, as the generator needs to know it.</summary>
/// <param name="Major">The major version, also the tag of the node images (<c>node:24-bookworm-slim</c>).</param>
/// <param name="Codename">The LTS codename nvm accepts (<c>lts/krypton</c>), or empty.</param>
/// <param name="Lts">The line is (or was) a long-term support release.</param>
/// <param name="Supported">Still maintained: its images are rebuilt with fixes. An end-of-life line's tag may still exist.</param>
public sealed record NodeRelease(int Major, string Codename, bool Lts, bool Supported);
