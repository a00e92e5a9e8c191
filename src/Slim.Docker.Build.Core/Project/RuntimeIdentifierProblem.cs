namespace Slim.Docker.Build.Project;

public enum RuntimeIdentifierProblem
{
    None,
    NotLinux,
    NoImages,
}
