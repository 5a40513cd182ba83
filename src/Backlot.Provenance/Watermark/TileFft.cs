namespace Backlot.Provenance.Watermark;

/// <summary>In-place 2-D radix-2 FFT on a square power-of-two tile held as separate real and imaginary arrays.</summary>
internal sealed class TileFft
{
    private readonly int _size;
    private readonly int[] _reverse;
    private readonly double[] _cos;
    private readonly double[] _sin;

    public TileFft(int size)
    {
        if (size < 2 || (size & (size - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(size), "the tile size must be a power of two");
        _size = size;
        var bits = int.Log2(size);
        _reverse = new int[size];
        for (var i = 0; i < size; i++)
        {
            var r = 0;
            for (var b = 0; b < bits; b++)
                r |= ((i >> b) & 1) << (bits - 1 - b);
            _reverse[i] = r;
        }

        _cos = new double[size / 2];
        _sin = new double[size / 2];
        for (var i = 0; i < size / 2; i++)
        {
            _cos[i] = Math.Cos(2 * Math.PI * i / size);
            _sin[i] = Math.Sin(2 * Math.PI * i / size);
        }
    }

    /// <summary>Forward (e^{-2πi k·x/N}) or inverse (scaled by 1/N²) transform of the whole tile.</summary>
    public void Transform(double[] re, double[] im, bool inverse)
    {
        var n = _size;
        var rowRe = new double[n];
        var rowIm = new double[n];
        for (var y = 0; y < n; y++)
        {
            Transform1D(re.AsSpan(y * n, n), im.AsSpan(y * n, n), inverse);
        }

        for (var x = 0; x < n; x++)
        {
            for (var y = 0; y < n; y++)
            {
                rowRe[y] = re[(y * n) + x];
                rowIm[y] = im[(y * n) + x];
            }

            Transform1D(rowRe, rowIm, inverse);
            for (var y = 0; y < n; y++)
            {
                re[(y * n) + x] = rowRe[y];
                im[(y * n) + x] = rowIm[y];
            }
        }

        if (inverse)
        {
            var scale = 1.0 / ((double)n * n);
            for (var i = 0; i < re.Length; i++)
            {
                re[i] *= scale;
                im[i] *= scale;
            }
        }
    }

    private void Transform1D(Span<double> re, Span<double> im, bool inverse)
    {
        var n = _size;
        for (var i = 0; i < n; i++)
        {
            var j = _reverse[i];
            if (j > i)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        var sign = inverse ? 1.0 : -1.0;
        for (var length = 2; length <= n; length <<= 1)
        {
            var half = length / 2;
            var step = n / length;
            for (var start = 0; start < n; start += length)
            {
                for (var k = 0; k < half; k++)
                {
                    var wr = _cos[k * step];
                    var wi = sign * _sin[k * step];
                    var a = start + k;
                    var b = a + half;
                    var tr = (re[b] * wr) - (im[b] * wi);
                    var ti = (re[b] * wi) + (im[b] * wr);
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
