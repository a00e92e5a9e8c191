namespace Slim.Docker.Build.Model;

public sealed record RestoreInputModel(string[] Files, string Destination);
