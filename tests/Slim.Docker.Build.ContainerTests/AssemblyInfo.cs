using Slim.Docker.Build.ContainerTests;
using Slim.Docker.Build.Testing;

[assembly: AssemblyFixture(typeof(PackageFixture))]
[assembly: AssemblyFixture(typeof(DockerEngine))]
