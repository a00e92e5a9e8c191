namespace Slim.Docker.Build.Model;

/// <summary>A name and a value for <c>docker_kv</c> (ENV, LABEL).</summary>
public sealed record NameValueModel(string Name, string Value);
