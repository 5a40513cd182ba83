using System.Globalization;
using System.Text;

namespace Backlot.Studio.Scripts;

/// <summary>
/// Numbers for a draft that writes none, as a script supervisor keeps them once a script is locked: a scene kept
/// from the draft before keeps its number, so its shot codes stay what the crew calls them; a new scene takes the
/// number before it plus a letter ("12" → "12A", then "12B"), or a letter before the next one ("A1") at the top;
/// no number is used twice, archived scenes' included.
/// </summary>
internal static class SceneNumbering
{
    /// <param name="kept">For each scene of the draft in order, the number it keeps, or null for a new scene.</param>
    /// <param name="taken">Every number the production has used.</param>
    public static IReadOnlyList<string> Assign(IReadOnlyList<string?> kept, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        foreach (var number in kept)
        {
            if (number is not null)
                used.Add(number);
        }

        var numbers = new string[kept.Count];
        string? previous = null;
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i] is { } number)
            {
                numbers[i] = number;
            }
            else
            {
                var next = kept.Skip(i + 1).FirstOrDefault(n => n is not null);
                var position = (i + 1).ToString(CultureInfo.InvariantCulture);
                var after = previous;
                numbers[i] = after is not null ? Free(used, n => after + Letters(n))
                    : next is not null ? Free(used, n => Letters(n) + next)
                    : Free(used, n => n == 1 ? position : position + Letters(n - 1));
                used.Add(numbers[i]);
            }

            previous = numbers[i];
        }

        return numbers;
    }

    /// <summary>1 → "A", 26 → "Z", 27 → "AA".</summary>
    public static string Letters(int n)
    {
        var letters = new StringBuilder();
        for (; n > 0; n = (n - 1) / 26)
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        return letters.ToString();
    }

    private static string Free(HashSet<string> used, Func<int, string> candidate)
    {
        for (var n = 1; ; n++)
        {
            var number = candidate(n);
            if (!used.Contains(number))
                return number;
        }
    }
}
