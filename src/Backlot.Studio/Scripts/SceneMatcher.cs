namespace Backlot.Studio.Scripts;

/// <summary>
/// Pairs the scenes of a new draft with the active scenes of the production, each old scene used at most once.
/// In order, each rule only over the scenes still unpaired:
/// <list type="number">
/// <item>When both drafts carry scene numbers of their own ("#12A#"): the same number is the same scene, whatever its text.</item>
/// <item>Same heading and same text (equal <see cref="SceneText.Hash"/>): first unpaired old scene in script order.</item>
/// <item>An old scene imported before texts were kept: same number and same heading.</item>
/// <item>
/// Similarity: Dice coefficient of the two texts' word pairs (2·|A∩B| / (|A|+|B|)). A pair qualifies with the same
/// heading and a similarity of at least <see cref="SameHeadingMinimum"/>, or with another heading and at least
/// <see cref="OtherHeadingMinimum"/>; it scores its similarity plus <see cref="SameHeadingBonus"/> for the same
/// heading. Qualifying pairs are taken best score first (ties: earlier new scene, then earlier old scene).
/// </item>
/// </list>
/// </summary>
internal static class SceneMatcher
{
    /// <summary>Enough for a scene whose dialogue was rewritten in part, in the place it was.</summary>
    public const double SameHeadingMinimum = 0.2;

    /// <summary>A scene moved or renamed must keep at least about half its text.</summary>
    public const double OtherHeadingMinimum = 0.5;

    public const double SameHeadingBonus = 0.25;

    /// <summary>What the matcher reads of a scene, old or new.</summary>
    public sealed record Entry(string Number, string Heading, string? Text, string? TextHash);

    /// <summary>For each new scene, the index of its old scene, or -1 for a scene new in this draft.</summary>
    public static int[] Match(IReadOnlyList<Entry> old, IReadOnlyList<Entry> fresh, bool byNumber)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(fresh);
        var match = Enumerable.Repeat(-1, fresh.Count).ToArray();
        var used = new bool[old.Count];

        void Pair(Func<Entry, Entry, bool> same)
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                if (match[i] >= 0)
                    continue;
                for (var j = 0; j < old.Count; j++)
                {
                    if (used[j] || !same(fresh[i], old[j]))
                        continue;
                    match[i] = j;
                    used[j] = true;
                    break;
                }
            }
        }

        if (byNumber)
            Pair((n, o) => string.Equals(n.Number, o.Number, StringComparison.OrdinalIgnoreCase));
        Pair((n, o) => o.TextHash is not null && n.TextHash == o.TextHash);
        Pair((n, o) => o.Text is null && n.Number == o.Number && SceneText.Heading(n.Heading) == SceneText.Heading(o.Heading));
        PairBySimilarity(old, fresh, match, used);
        return match;
    }

    private static void PairBySimilarity(IReadOnlyList<Entry> old, IReadOnlyList<Entry> fresh, int[] match, bool[] used)
    {
        // Only pairs sharing a word pair can qualify: an inverted index finds them without comparing every pair.
        var oldShingles = old.Select(o => SceneText.Shingles(o.Text)).ToArray();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < old.Count; j++)
        {
            if (used[j])
                continue;
            foreach (var shingle in oldShingles[j])
            {
                if (!index.TryGetValue(shingle, out var list))
                    index[shingle] = list = [];
                list.Add(j);
            }
        }

        var oldHeadings = old.Select(o => SceneText.Heading(o.Heading)).ToArray();
        var candidates = new List<(double Score, int New, int Old)>();
        var shared = new int[old.Count];
        for (var i = 0; i < fresh.Count; i++)
        {
            if (match[i] >= 0)
                continue;
            var shingles = SceneText.Shingles(fresh[i].Text);
            var heading = SceneText.Heading(fresh[i].Heading);
            Array.Clear(shared);
            foreach (var shingle in shingles)
            {
                if (index.TryGetValue(shingle, out var list))
                {
                    foreach (var j in list)
                        shared[j]++;
                }
            }

            for (var j = 0; j < old.Count; j++)
            {
                if (shared[j] == 0)
                    continue;
                var dice = 2.0 * shared[j] / (shingles.Count + oldShingles[j].Count);
                var sameHeading = heading == oldHeadings[j];
                if (dice >= (sameHeading ? SameHeadingMinimum : OtherHeadingMinimum))
                    candidates.Add((dice + (sameHeading ? SameHeadingBonus : 0), i, j));
            }
        }

        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.New).ThenBy(c => c.Old))
        {
            if (match[i] >= 0 || used[j])
                continue;
            match[i] = j;
            used[j] = true;
        }
    }
}
