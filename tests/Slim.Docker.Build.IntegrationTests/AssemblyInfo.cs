using Slim.Docker.Build.Testing;

[assembly: AssemblyFixture(typeof(PackageFixture))]
