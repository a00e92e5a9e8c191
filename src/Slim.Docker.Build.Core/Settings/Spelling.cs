namespace Slim.Docker.Build.Settings;

/// <summary>Finds the known name a misspelled one probably meant, for "did you mean" hints in messages.</summary>
internal static class Spelling
{
    /// <summary>The candidate at the smallest edit distance, if it is at most <paramref name="maxDistance"/>.</summary>
    public static string? Closest(string text, IEnumerable<string> candidates, int maxDistance = 2) =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(text, c)))
            .Where(c => c.Distance <= maxDistance)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
