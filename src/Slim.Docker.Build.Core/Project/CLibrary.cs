namespace Slim.Docker.Build.Project;

public enum CLibrary
{
    Glibc,
    Musl,
}
