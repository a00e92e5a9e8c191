namespace Contoso.Greeting;

public static class Greeter
{
    public static string Greet(string who) => $"hello {who}";
}
