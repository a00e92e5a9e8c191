namespace Slim.Docker.Build.Diagnostics;

/// <summary>
/// Collects the diagnostics of one generation. Messages name the project file unless they say otherwise, and a
/// <see cref="Checkpoint"/> tells a reader whether its own part of the input added errors, so that every reader can
/// report all of its mistakes in one run instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <param name="defaultFile">The file a diagnostic names when it names none itself: the project file.</param>
    public DiagnosticBag(string defaultFile)
    {
        DefaultFile = defaultFile;
    }

    /// <summary>A collector whose diagnostics each name their own file (the output files, for the writer).</summary>
    public DiagnosticBag()
    {
    }

    public string? DefaultFile { get; }

    public IReadOnlyList<Diagnostic> All => _diagnostics;

    public int Count => _diagnostics.Count;

    public Diagnostic this[int index] => _diagnostics[index];

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public void Add(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(DiagnosticCode code, string message, string? file = null, int line = 0, int column = 0) =>
        Add(Diagnostic.Error(code, message, file ?? DefaultFile, line, column));

    public void Warning(DiagnosticCode code, string message, string? file = null, int line = 0, int column = 0) =>
        Add(Diagnostic.Warning(code, message, file ?? DefaultFile, line, column));

    public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Marks the errors so far; <see cref="DiagnosticCheckpoint.HasNewErrors"/> then says whether more came.</summary>
    public DiagnosticCheckpoint Checkpoint() => new(this, ErrorCount);
}
