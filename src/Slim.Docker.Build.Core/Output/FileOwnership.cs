namespace Slim.Docker.Build.Output;

public enum FileOwnership
{
    /// <summary>No checksum line: written by hand, or by another tool.</summary>
    UserWritten,

    /// <summary>Generated, and the content still matches its checksum.</summary>
    GeneratedUnedited,

    /// <summary>Generated, then changed by someone.</summary>
    GeneratedEdited,
}
