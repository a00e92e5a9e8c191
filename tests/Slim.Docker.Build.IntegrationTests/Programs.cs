namespace Slim.Docker.Build.IntegrationTests;

/// <summary>Source files of the sample apps the tests create.</summary>
internal static class Programs
{
    public const string Console = """Console.WriteLine("hello from console");""";

    public const string Web = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => "hello from web");
        app.Run();
        """;

    public const string Worker = """
        using Microsoft.Extensions.Hosting;
        var builder = Host.CreateApplicationBuilder(args);
        builder.Build().Run();
        """;
}
