namespace Backlot.Provenance.Watermark;

/// <summary>
/// Everything a key fixes about the mark: a 128×128 tile of ±1 sync chips and ±1 data chips, which coded bit
/// each tile position carries (a key-shuffled, even share of the 16,384 positions: 58 or 59 each), the CRC mask,
/// and the band-pass filter that turns chips into a smooth, mid-frequency pattern (0.03–0.22 cycles a pixel)
/// that survives JPEG, blur and rescaling.
/// </summary>
internal sealed class WatermarkPattern
{
    public const int Tile = 128;
    public const int TileMask = Tile - 1;
    public const int Positions = Tile * Tile;
    public const int PayloadBits = 64;
    public const int CrcBits = 24;
    public const int MessageBits = PayloadBits + CrcBits;

    /// <summary>Share of the pattern's energy spent on the sync chips; the rest carries the coded bits.</summary>
    public const double SyncShare = 0.3;

    public static readonly int CodedBits = ConvolutionalCode.CodedLength(MessageBits);

    public WatermarkPattern(byte[] seed)
    {
        var stream = new KeyStream(seed);
        SyncChips = stream.Signs(Positions);
        DataSigns = stream.Signs(Positions);
        CrcMask = (uint)(stream.Next() & 0xFFFFFF);

        // A key-driven Fisher–Yates shuffle deals positions to coded bits round-robin.
        var order = new int[Positions];
        for (var i = 0; i < Positions; i++)
            order[i] = i;
        for (var i = Positions - 1; i > 0; i--)
        {
            var j = stream.NextBelow(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        BitOfPosition = new ushort[Positions];
        for (var i = 0; i < Positions; i++)
            BitOfPosition[order[i]] = (ushort)(i % CodedBits);

        Fft = new TileFft(Tile);
        Bandpass = BuildBandpass();
        SyncSpectrumRe = new double[Positions];
        SyncSpectrumIm = new double[Positions];
        for (var i = 0; i < Positions; i++)
            SyncSpectrumRe[i] = SyncChips[i];
        Fft.Transform(SyncSpectrumRe, SyncSpectrumIm, inverse: false);
        for (var i = 0; i < Positions; i++)
        {
            SyncSpectrumRe[i] *= Bandpass[i];
            SyncSpectrumIm[i] *= Bandpass[i];
        }
    }

    public sbyte[] SyncChips { get; }

    public sbyte[] DataSigns { get; }

    public ushort[] BitOfPosition { get; }

    public uint CrcMask { get; }

    public TileFft Fft { get; }

    /// <summary>Filter gain per frequency bin (row-major, DC at 0).</summary>
    public double[] Bandpass { get; }

    /// <summary>Spectrum of the band-passed sync chips.</summary>
    public double[] SyncSpectrumRe { get; }

    public double[] SyncSpectrumIm { get; }

    /// <summary>The 88-bit message: payload (most significant bit first), then its CRC-24 masked with the key's mask.</summary>
    public bool[] Message(ulong payload)
    {
        var crc = Crc24.Compute(payload) ^ CrcMask;
        var message = new bool[MessageBits];
        for (var i = 0; i < PayloadBits; i++)
            message[i] = ((payload >> (PayloadBits - 1 - i)) & 1) == 1;
        for (var i = 0; i < CrcBits; i++)
            message[PayloadBits + i] = ((crc >> (CrcBits - 1 - i)) & 1) == 1;
        return message;
    }

    /// <summary>Reads a decoded message back: the payload bits, and whether the CRC matches them.</summary>
    public bool TryRead(ReadOnlySpan<bool> message, out ulong payload)
    {
        payload = 0;
        for (var i = 0; i < PayloadBits; i++)
            payload = (payload << 1) | (message[i] ? 1UL : 0UL);
        uint crc = 0;
        for (var i = 0; i < CrcBits; i++)
            crc = (crc << 1) | (message[PayloadBits + i] ? 1u : 0u);
        return (Crc24.Compute(payload) ^ CrcMask) == crc;
    }

    /// <summary>The tile to add to luminance for a payload, row-major, with unit RMS.</summary>
    public float[] Build(ulong payload)
    {
        var coded = ConvolutionalCode.Encode(Message(payload));
        var syncGain = Math.Sqrt(SyncShare);
        var dataGain = Math.Sqrt(1 - SyncShare);
        var re = new double[Positions];
        var im = new double[Positions];
        for (var p = 0; p < Positions; p++)
        {
            var bit = coded[BitOfPosition[p]] ? 1 : -1;
            re[p] = (syncGain * SyncChips[p]) + (dataGain * bit * DataSigns[p]);
        }

        Fft.Transform(re, im, inverse: false);
        for (var i = 0; i < Positions; i++)
        {
            re[i] *= Bandpass[i];
            im[i] *= Bandpass[i];
        }

        Fft.Transform(re, im, inverse: true);
        var energy = 0.0;
        foreach (var v in re)
            energy += v * v;
        var scale = 1 / Math.Sqrt(energy / Positions);
        var tile = new float[Positions];
        for (var i = 0; i < Positions; i++)
            tile[i] = (float)(re[i] * scale);
        return tile;
    }

    private static double[] BuildBandpass()
    {
        const double riseStart = 0.015, riseEnd = 0.04, fallStart = 0.16, fallEnd = 0.24;
        var gain = new double[Positions];
        for (var ky = 0; ky < Tile; ky++)
        {
            var fy = (ky <= Tile / 2 ? ky : ky - Tile) / (double)Tile;
            for (var kx = 0; kx < Tile; kx++)
            {
                var fx = (kx <= Tile / 2 ? kx : kx - Tile) / (double)Tile;
                var f = Math.Sqrt((fx * fx) + (fy * fy));
                double g;
                if (f <= riseStart || f >= fallEnd)
                    g = 0;
                else if (f < riseEnd)
                    g = 0.5 - (0.5 * Math.Cos(Math.PI * (f - riseStart) / (riseEnd - riseStart)));
                else if (f > fallStart)
                    g = 0.5 + (0.5 * Math.Cos(Math.PI * (f - fallStart) / (fallEnd - fallStart)));
                else
                    g = 1;
                gain[(ky * Tile) + kx] = g;
            }
        }

        return gain;
    }
}
