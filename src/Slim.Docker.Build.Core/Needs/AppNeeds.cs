namespace Slim.Docker.Build.Needs;

/// <summary>What the app needs from the OS beyond the .NET runtime, as far as its restore output tells.</summary>
/// <paramref name="Conditional"/> are the needs of features the project did not opt in to.
public sealed record AppNeeds(IReadOnlyList<NativeNeed> Needs, IReadOnlyList<UnreadableLibrary> Unreadable, IReadOnlyList<ConditionalNeed>? Conditional = null)
{
    public static AppNeeds None { get; } = new([], []);

    public IReadOnlyList<ConditionalNeed> ConditionalNeeds => Conditional ?? [];
}
