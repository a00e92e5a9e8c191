using System.Reflection;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>A Dockerfile generated with the shipped templates for a lone project in a temporary folder, parsed.</summary>
internal sealed record Generated(GenerationResult Result, string Text, DockerfileDocument Document)
{
    public static readonly string ShippedTemplates = typeof(Generated).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ShippedTemplatesDirectory").Value!;

    public IReadOnlyList<DockerInstruction> Build => Document.Stages()[0];

    public IReadOnlyList<DockerInstruction> Final => Document.Stages()[^1];

    /// <summary>The final stage's FROM, without <c>AS final</c>.</summary>
    public string FinalImage => Final[0].Arguments.Split(' ')[0];

    public string BuildImage => Build[0].Arguments.Split(' ')[0];

    public static Generated For(ProjectFacts facts, GenerationOptions? options = null)
    {
        using var temp = new TempDirectory();
        var project = temp.Write("App/App.csproj", "<Project />");
        var result = DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = (options ?? new GenerationOptions()).ApplyTo(facts with { ProjectPath = project }),
            ShippedTemplatesDirectory = ShippedTemplates,
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = File.ReadAllText(temp["App/Dockerfile"]);
        return new Generated(result, text, DockerfileDocument.Parse(text));
    }

    /// <summary>
    /// Plans a project whose settings are wrong: planning must fail cleanly (no model, no exception) with exactly
    /// one error, of <paramref name="code"/>, naming the project file.
    /// </summary>
    public static Diagnostic SingleError(ProjectFacts facts, string code, GenerationOptions? options = null)
    {
        var plan = DockerfilePlanner.Plan((options ?? new GenerationOptions()).ApplyTo(facts));

        Assert.False(plan.Succeeded);
        Assert.Null(plan.Model);
        var error = Assert.Single(plan.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal(facts.ProjectPath, error.File);
        Assert.DoesNotContain("   at ", error.Message);
        return error;
    }
}
