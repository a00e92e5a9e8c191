using System.Globalization;
using Greetings;

var app = WebApplication.CreateBuilder(args).Build();

app.MapGet("/", () => Greeter.Greet("container"));

// Needs ICU and time zone data: the reason the generated Dockerfile picks a -chiseled-extra image.
app.MapGet("/berlin", () =>
{
    var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, berlin);
    return now.ToString("F", CultureInfo.GetCultureInfo("de-DE"));
});

app.Run();
