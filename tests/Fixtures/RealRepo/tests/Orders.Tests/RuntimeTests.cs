using Contoso.Orders.Shared;

namespace Orders.Tests;

public class RuntimeTests
{
    [Fact]
    public void The_uid_is_a_number() => Assert.True(int.TryParse(Runtime.Uid(), out _));
}
