namespace Backlot.Screenplay.Pages;

/// <summary>
/// Rounds scene lengths to whole eighths of a page so that they add up to the page count × 8: every scene gets
/// at least 1/8 (the industry's floor for a short scene), each then its whole eighths, and the eighths still
/// missing go to the scenes with the largest remainders (ties: the earlier scene). When the floor of 1/8 pushes
/// the sum over, the eighths come back from the longer scenes with the smallest remainders. Only a script with
/// more scenes than eighths (over 8 scenes a page on average) cannot add up: there every scene gets 1/8.
/// </summary>
internal static class EighthsRounding
{
    public static int[] Round(IReadOnlyList<double> eighths, int total)
    {
        var n = eighths.Count;
        var result = new int[n];
        if (n == 0)
            return result;
        if (n >= total)
        {
            Array.Fill(result, 1);
            return result;
        }

        var sum = 0;
        for (var i = 0; i < n; i++)
        {
            result[i] = Math.Max(1, (int)Math.Floor(eighths[i]));
            sum += result[i];
        }

        // Remainder = what rounding down lost; a scene lifted to the floor has a negative one and comes last.
        var order = Enumerable.Range(0, n).OrderByDescending(i => eighths[i] - result[i]).ThenBy(i => i).ToList();
        for (var k = 0; sum < total; k = (k + 1) % n, sum++)
            result[order[k]]++;
        for (var k = n - 1; sum > total; k = k == 0 ? n - 1 : k - 1)
        {
            if (result[order[k]] <= 1)
                continue;
            result[order[k]]--;
            sum--;
        }

        return result;
    }
}
