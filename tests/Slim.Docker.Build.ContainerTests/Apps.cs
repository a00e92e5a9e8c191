namespace Slim.Docker.Build.ContainerTests;

/// <summary>The apps the container tests build. Each prints or serves the UID it runs as, read from /proc.</summary>
internal static class Apps
{
    private const string Uid = """
        static string Uid() => File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:")).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
        """;

    public const string Console = $$"""
        Console.WriteLine($"hello from console uid={Uid()}");
        {{Uid}}
        """;

    public const string Web = $$"""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => $"hello from web uid={Uid()}");
        app.Run();
        {{Uid}}
        """;

    public const string AotWeb = $$"""
        var app = WebApplication.CreateSlimBuilder(args).Build();
        app.MapGet("/", () => $"hello from aot web uid={Uid()}");
        app.Run();
        {{Uid}}
        """;

    public const string Worker = $$"""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddHostedService<Once>();
        builder.Build().Run();

        sealed class Once(IHostApplicationLifetime lifetime) : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken)
            {
                System.Console.WriteLine($"hello from worker uid={Uid()}");
                lifetime.StopApplication();
                return Task.CompletedTask;
            }

            {{Uid}}
        }
        """;

    /// <summary>Needs ICU (cultures) and tzdata (time zones): wrong or throwing on an image without them.</summary>
    public const string Globalization = """
        using System.Globalization;
        var de = CultureInfo.GetCultureInfo("de-DE");
        var date = new DateTime(2024, 3, 1).ToString("D", de);
        var number = 1234567.89.ToString("N2", de);
        var berlin = TimeZoneInfo.ConvertTime(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Console.WriteLine($"{date}|{number}|{berlin:HH:mm zzz}");
        """;
}
