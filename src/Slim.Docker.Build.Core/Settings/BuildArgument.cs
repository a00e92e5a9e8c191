namespace Slim.Docker.Build.Settings;

/// <summary>An <c>ARG</c> of the build stage; a null default means <c>ARG NAME</c> (unset unless --build-arg gives it).</summary>
public sealed record BuildArgument(string Name, string? DefaultValue);
