namespace Slim.Docker.Build.Needs;

/// <summary>What the app needs from the OS beyond the .NET runtime, as far as its restore output tells.</summary>
public sealed record AppNeeds(IReadOnlyList<NativeNeed> Needs, IReadOnlyList<UnreadableLibrary> Unreadable)
{
    public static AppNeeds None { get; } = new([], []);
}
