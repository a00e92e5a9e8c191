namespace Slim.Docker.Build.Tests;

/// <summary>
/// The shipped Dockerfile template only renders: decisions about images live in C#, so that an override template
/// does not inherit them and a change of rule is made in one place.
/// </summary>
public class ShippedTemplateTests
{
    private static readonly string Template = File.ReadAllText(Path.Combine(Generated.ShippedTemplates, "Dockerfile.scriban"));

    [Theory]
    [InlineData("string.starts_with")]
    [InlineData("string.contains")]
    [InlineData("string.replace")]
    [InlineData("\"alpine")]
    [InlineData("\"noble")]
    [InlineData("\"jammy")]
    [InlineData("\"azurelinux")]
    [InlineData("chiseled\"")]
    [InlineData("final.chosen_by ==")]
    [InlineData("app.deployment ==")]
    [InlineData("app.musl")]
    public void Makes_no_decision_from_an_image_name_or_an_app_fact(string test)
    {
        Assert.DoesNotContain(test, Template, StringComparison.Ordinal);
    }
}
