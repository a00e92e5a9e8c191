using Contoso.Orders.Shared;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddHostedService<Once>();
builder.Build().Run();

internal sealed class Once(IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Console.WriteLine($"hello from orders worker uid={Runtime.Uid()}");
        lifetime.StopApplication();
        return Task.CompletedTask;
    }
}
