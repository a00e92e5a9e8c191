using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Issue 8: a command-line property that looks like a secret is never written into the Dockerfile.</summary>
public class SecretPropertyTests
{
    private static readonly TempDirectory Temp = new("sdb-secret");

    private static ProjectFacts WithGlobals(params (string Name, string Value)[] globals) => Facts.Console(projectPath: Temp.Write("App/App.csproj", "<Project />")) with
    {
        GlobalProperties = globals.ToDictionary(g => g.Name, g => g.Value, StringComparer.OrdinalIgnoreCase),
    };

    [Theory]
    [InlineData("MyFeedToken", "Token")]
    [InlineData("NuGetPassword", "Password")]
    [InlineData("ClientSecret", "Secret")]
    [InlineData("NuGetApiKey", "Key")]
    [InlineData("APIKEY", "ApiKey")]
    [InlineData("SigningKey", "Key")]
    [InlineData("AzurePat", "Pat")]
    [InlineData("GITHUB_PAT", "Pat")]
    [InlineData("PATToken", "Pat")]
    [InlineData("FeedCredential", "Credential")]
    [InlineData("registry_password", "password")]
    [InlineData("mytoken", "Token")]
    [InlineData("SigningKeyPassword", "Key")]
    public void Names_with_a_secret_word_are_secrets(string name, string word)
    {
        Assert.Equal(word, SecretShapes.SecretWordOf(name), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("KeyContainer")]
    [InlineData("PublicKeyToken")]
    [InlineData("PublicKey")]
    [InlineData("SignAssembly")]
    [InlineData("AssemblyOriginatorKeyFile")]
    [InlineData("Path")]
    [InlineData("Pattern")]
    [InlineData("PatchVersion")]
    [InlineData("TokenEndpoint")]
    [InlineData("PasswordFile")]
    [InlineData("KeyVaultName")]
    [InlineData("MaxTokens")]
    [InlineData("Monkey")]
    [InlineData("MONKEY")]
    [InlineData("Version")]
    [InlineData("InvariantGlobalization")]
    public void Names_that_only_refer_to_a_secret_or_contain_the_letters_are_not(string name)
    {
        Assert.Null(SecretShapes.SecretWordOf(name));
    }

    [Theory]
    [InlineData("Bearer abcdefghijklmnop")]
    [InlineData("basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("https://ci:s3cr3t@packages.example.com/v3/index.json")]
    [InlineData("https://token@packages.example.com/")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    [InlineData("ghp_0123456789abcdefghij0123456789")]
    public void Values_shaped_like_credentials_are_secrets(string value)
    {
        Assert.NotNull(SecretShapes.SecretShapeOf(value));
    }

    [Theory]
    [InlineData("https://packages.example.com/v3/index.json")]
    [InlineData("1.2.3")]
    [InlineData("user@example.com")]
    [InlineData("Bearer")]
    public void Ordinary_values_are_not(string value)
    {
        Assert.Null(SecretShapes.SecretShapeOf(value));
    }

    [Fact]
    public void A_secret_looking_property_is_SDB1039_names_the_secret_route_and_never_the_value()
    {
        var error = Generated.SingleError(WithGlobals(("MyFeedToken", "s3cr3t-value")), "SDB1039");

        Assert.Contains("'MyFeedToken'", error.Message);
        Assert.Contains("SlimDockerfileNuGetConfigSecret", error.Message);
        Assert.Contains("--secret", error.Message);
        Assert.Contains("SlimDockerfileAllowedProperties=MyFeedToken", error.Message);
        Assert.DoesNotContain("s3cr3t", error.Message);
    }

    [Fact]
    public void A_credential_in_the_value_is_SDB1039_whatever_the_name()
    {
        var error = Generated.SingleError(WithGlobals(("FeedUrl", "https://ci:hunter2@packages.example.com/index.json")), "SDB1039");
        Assert.Contains("URL with a user name or password", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Nothing_is_written_for_a_secret()
    {
        using var temp = new TempDirectory();
        var project = temp.Write("App/App.csproj", "<Project />");

        var result = Generation.DockerfileGenerator.Generate(new Generation.GenerationRequest
        {
            Project = WithGlobals(("NuGetPassword", "s3cr3t")) with { ProjectPath = project },
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
        });

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal([project], Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_allowed_name_is_forwarded_but_a_credential_value_never_is()
    {
        var allowed = WithGlobals(("BuildKey", "nightly")).WithProperty(KnownStrings.SlimProperties.AllowedProperties, "Other; BuildKey");
        var plan = DockerfilePlanner.Plan(allowed);
        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        Assert.Contains("-p:BuildKey=nightly", plan.Model!.Restore.Properties);

        var credential = WithGlobals(("BuildKey", "Bearer abcdefghijklmnopq")).WithProperty(KnownStrings.SlimProperties.AllowedProperties, "BuildKey");
        Generated.SingleError(credential, "SDB1039");
    }

    [Fact]
    public void A_boolean_cannot_leak_and_is_forwarded()
    {
        var plan = DockerfilePlanner.Plan(WithGlobals(("UseToken", "true")));
        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        Assert.Contains("-p:UseToken=true", plan.Model!.Restore.Properties);
    }
}
