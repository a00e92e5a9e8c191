using Slim.Docker.Build.FrontEnds;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Which Node.js major the build stage gets, from .nvmrc, .node-version and package.json.</summary>
public class NodeVersionPolicyTests
{
    private static NodeVersionChoice Resolve(string text) =>
        NodeVersionPolicy.Resolve(new NodeVersionRequest("/repo/.nvmrc", "", text), NodeReleases.CurrentLts);

    [Fact]
    public void The_default_is_the_current_lts_line()
    {
        Assert.Equal(26, NodeReleases.CurrentLts.Major);
        using var temp = new TempDirectory();

        var choice = NodeVersionPolicy.Choose([temp.Path], temp.Path);

        Assert.Equal(26, choice.Major);
        Assert.Null(choice.Request);
        Assert.Null(choice.Problem);
    }

    [Theory]
    [InlineData("22", 22)]
    [InlineData("v24.11.0", 24)]
    [InlineData("20.11", 20)]
    [InlineData("lts/*", 26)]
    [InlineData("lts", 26)]
    [InlineData("lts/-1", 24)]
    [InlineData("lts/-2", 22)]
    [InlineData("lts/jod", 22)]
    [InlineData("lts/Krypton", 24)]
    [InlineData("iron", 20)]
    [InlineData("node", 26)]
    [InlineData("stable", 26)]
    [InlineData(">=20", 26)]
    [InlineData("^22 || ^24", 24)]
    [InlineData(">=18 <23", 22)]
    public void Versions_ranges_and_nvm_aliases_pick_a_major(string text, int major)
    {
        Assert.Equal(major, Resolve(text).Major);
    }

    [Theory]
    [InlineData("^18", 18, "end of life")]
    [InlineData("lts/iron", 20, "end of life")]
    [InlineData("25", 25, "end of life")]
    [InlineData(">=30", 26, "accepts none")]
    [InlineData("system", 26, "not a Node.js version")]
    [InlineData("lts/-9", 26, "goes back further")]
    public void Requests_that_cannot_be_followed_exactly_say_why(string text, int major, string problem)
    {
        var choice = Resolve(text);

        Assert.Equal(major, choice.Major);
        Assert.Contains(problem, choice.Problem);
    }

    [Fact]
    public void The_nearest_nvmrc_wins_over_package_json_and_comments_are_skipped()
    {
        using var temp = new TempDirectory();
        temp.Write(".nvmrc", "# the team's version\n\nlts/jod # until the upgrade\n");
        temp.Write("web/ClientApp/package.json", """{ "engines": { "node": ">=24" }, "volta": { "node": "24.1.0" } }""");

        var choice = NodeVersionPolicy.Choose([temp["web/ClientApp"]], temp.Path);

        Assert.Equal(22, choice.Major);
        Assert.Equal(temp[".nvmrc"], choice.Request!.File);
        Assert.Equal("lts/jod", choice.Request.Text);
    }

    [Fact]
    public void Version_files_above_the_repository_are_not_read()
    {
        using var temp = new TempDirectory();
        temp.Write(".nvmrc", "20");
        temp.Write("repo/web/package.json", """{ "engines": { "node": "^22" } }""");

        var choice = NodeVersionPolicy.Choose([temp["repo/web"]], temp["repo"]);

        Assert.Equal(22, choice.Major);
        Assert.Equal("engines.node", choice.Request!.Field);
    }

    [Fact]
    public void Volta_comes_before_engines_and_node_version_before_both()
    {
        using var temp = new TempDirectory();
        temp.Write("a/package.json", """{ "engines": { "node": ">=20" }, "volta": { "node": "22.11.0" } }""");
        temp.Write("b/package.json", """{ "engines": { "node": ">=20" } }""");
        temp.Write("b/.node-version", "24.3.0");

        Assert.Equal("volta.node", NodeVersionPolicy.FindRequest(temp["a"], temp.Path)!.Field);
        Assert.Equal(temp["b/.node-version"], NodeVersionPolicy.FindRequest(temp["b"], temp.Path)!.File);
    }

    [Fact]
    public void Several_front_ends_get_the_newest_line_any_of_them_asks_for()
    {
        using var temp = new TempDirectory();
        temp.Write("a/package.json", """{ "engines": { "node": "^22" } }""");
        temp.Write("b/package.json", """{ "engines": { "node": "^24" } }""");

        Assert.Equal(24, NodeVersionPolicy.Choose([temp["a"], temp["b"]], temp.Path).Major);
    }

    [Fact]
    public void A_package_json_that_is_not_json_asks_for_nothing()
    {
        using var temp = new TempDirectory();
        temp.Write("package.json", "{ not json");

        Assert.Null(NodeVersionPolicy.FindRequest(temp.Path, temp.Path));
    }
}
