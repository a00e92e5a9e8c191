namespace Slim.Docker.Build.Testing;

/// <summary>
/// tests/Fixtures/RealRepo, a repository shaped like a real one: RealRepo.slnx at the root, a web API, a worker and a
/// library in src/, an xunit project in tests/, central package management (with TargetFramework in
/// Directory.Packages.props), global.json on a 10.0 feature band with rollForward latestFeature, a Directory.Build.props
/// chain, and a nuget.config whose local feed is build/packages/bin/Release, where 'dotnet pack' writes.
/// </summary>
public static class RealRepo
{
    public const string Feed = "build/packages/bin/Release";

    public static readonly string[] AppDockerfiles = ["src/Orders.Api/Dockerfile", "src/Orders.Worker/Dockerfile"];

    /// <summary>A fresh copy of the fixture with its own package (Contoso.Greeting, which the API uses) packed into the local feed.</summary>
    public static Task<FixtureRepository> Create(PackageFixture package, string name) =>
        FixtureRepository.Create(package, "RealRepo", name, Feed, "build/packages/Contoso.Greeting.csproj");
}
