using Contoso.Greeting;
using Contoso.Orders.Shared;

var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => $"{Greeter.Greet("orders api")} uid={Runtime.Uid()}");
app.Run();
