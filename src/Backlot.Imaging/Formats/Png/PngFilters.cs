namespace Backlot.Imaging.Formats.Png;

/// <summary>The five PNG row filters, both ways.</summary>
internal static class PngFilters
{
    /// <summary>
    /// Filters one row with each filter type and keeps the one with the smallest sum of absolute
    /// (signed) bytes, the heuristic the PNG specification suggests; ties go to the lower type.
    /// </summary>
    public static void FilterBest(ReadOnlySpan<byte> row, ReadOnlySpan<byte> prior, int bpp, Span<byte> output)
    {
        var scratch = new byte[row.Length];
        long best = long.MaxValue;
        for (byte type = 0; type <= 4; type++)
        {
            long sum = 0;
            for (var i = 0; i < row.Length; i++)
            {
                var a = i >= bpp ? row[i - bpp] : 0;
                var b = prior[i];
                var c = i >= bpp ? prior[i - bpp] : 0;
                var v = (byte)(row[i] - Predict(type, a, b, c));
                scratch[i] = v;
                sum += v < 128 ? v : 256 - v;
            }

            if (sum < best)
            {
                best = sum;
                output[0] = type;
                scratch.CopyTo(output[1..]);
            }
        }
    }

    /// <summary>Undoes the filter of one row in place, given the already unfiltered previous row.</summary>
    public static void Unfilter(byte type, Span<byte> row, ReadOnlySpan<byte> prior, int bpp)
    {
        if (type > 4)
            throw new InvalidDataException($"PNG row uses filter type {type}; only 0 to 4 exist");
        if (type == 0)
            return;
        for (var i = 0; i < row.Length; i++)
        {
            var a = i >= bpp ? row[i - bpp] : 0;
            var b = prior[i];
            var c = i >= bpp ? prior[i - bpp] : 0;
            row[i] = (byte)(row[i] + Predict(type, a, b, c));
        }
    }

    private static int Predict(byte type, int a, int b, int c) => type switch
    {
        0 => 0,
        1 => a,
        2 => b,
        3 => (a + b) >> 1,
        _ => Paeth(a, b, c),
    };

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
