namespace Slim.Docker.Build.FrontEnds;

/// <summary>Where a front end asks for a Node.js version: the file, the field within it, and what it says.</summary>
/// <param name="File">Absolute path of <c>.nvmrc</c>, <c>.node-version</c> or <c>package.json</c>.</param>
/// <param name="Field">Empty for the version files; <c>engines.node</c> or <c>volta.node</c> in package.json.</param>
/// <param name="Text">The version, range or alias as written.</param>
public sealed record NodeVersionRequest(string File, string Field, string Text);
