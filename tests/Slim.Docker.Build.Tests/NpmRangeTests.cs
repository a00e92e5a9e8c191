using Slim.Docker.Build.FrontEnds;

namespace Slim.Docker.Build.Tests;

/// <summary>npm's range syntax, as far as it decides which Node.js majors a package.json accepts.</summary>
public class NpmRangeTests
{
    private static readonly int[] Majors = [18, 20, 22, 24, 26];

    [Theory]
    [InlineData(">=20", new[] { 20, 22, 24, 26 })]
    [InlineData(">=20.0.0", new[] { 20, 22, 24, 26 })]
    [InlineData(">= 20", new[] { 20, 22, 24, 26 })]
    [InlineData("^22", new[] { 22 })]
    [InlineData("22.x", new[] { 22 })]
    [InlineData("22", new[] { 22 })]
    [InlineData("v22.1.0", new[] { 22 })]
    [InlineData("=22.1.0", new[] { 22 })]
    [InlineData("~22.11.0", new[] { 22 })]
    [InlineData("~22", new[] { 22 })]
    [InlineData("^22.12.0", new[] { 22 })]
    [InlineData("20 || 22", new[] { 20, 22 })]
    [InlineData(">=18 <23", new[] { 18, 20, 22 })]
    [InlineData(">18.99.99 <=22", new[] { 18, 20, 22 })]
    [InlineData(">18 <=22", new[] { 20, 22 })]
    [InlineData(">20", new[] { 22, 24, 26 })]
    [InlineData(">20.1.2", new[] { 20, 22, 24, 26 })]
    [InlineData(">20.x", new[] { 22, 24, 26 })]
    [InlineData("<22", new[] { 18, 20 })]
    [InlineData("<=22", new[] { 18, 20, 22 })]
    [InlineData("^20.19.0 || ^22.12.0 || >=24.0.0", new[] { 20, 22, 24, 26 })]
    [InlineData("20.1.0 - 22", new[] { 20, 22 })]
    [InlineData("20 - 22.3", new[] { 20, 22 })]
    [InlineData("18.0.0 - 18.5.0", new[] { 18 })]
    [InlineData("*", new[] { 18, 20, 22, 24, 26 })]
    [InlineData("", new[] { 18, 20, 22, 24, 26 })]
    [InlineData("x", new[] { 18, 20, 22, 24, 26 })]
    [InlineData(">=22.0.0-rc.1", new[] { 22, 24, 26 })]
    [InlineData("^16", new int[0])]
    [InlineData(">=27", new int[0])]
    [InlineData("<18", new int[0])]
    [InlineData(">=24 <22", new int[0])]
    public void Majors_with_a_release_the_range_accepts(string range, int[] expected)
    {
        Assert.Equal(expected, NpmRange.SatisfiableMajors(range, Majors));
    }

    [Theory]
    [InlineData("lts/*")]
    [InlineData("node")]
    [InlineData("latest")]
    [InlineData(">=twenty")]
    [InlineData("1 - 2 - 3")]
    public void Anything_else_is_not_a_range(string text)
    {
        Assert.Throws<FormatException>(() => NpmRange.SatisfiableMajors(text, Majors));
    }
}
