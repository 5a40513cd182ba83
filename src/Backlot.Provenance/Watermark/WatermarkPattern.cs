namespace Backlot.Provenance.Watermark;

/// <summary>
/// Everything a key fixes about the mark: a 128×128 tile of ±1 sync chips and ±1 data chips, which coded bit
/// each tile position carries (a key-shuffled, even share of the 16,384 positions: 58 or 59 each), the CRC mask,
/// and the band-pass filter that turns chips into a mid-to-high-frequency pattern (0.04–0.38 cycles a pixel, flat from
/// 0.08 to 0.28: high enough that the picture interferes little and the eye sees little, low enough to live through
/// JPEG, blur and rescaling; the study tool chose it over 0.015–0.24, which lost pure-texture photographs).
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
    public const double SyncShare = 0.25;

    /// <summary>Half-width, in frequency bins, of the neighbourhood whose power whitens each bin.</summary>
    public const int WhiteningRadius = 2;

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
        var alpha = new double[CodedBits];
        Array.Fill(alpha, 1.0);
        var (re, im, rms) = Spectrum(coded, alpha);
        return ToTile(re, im, rms);
    }

    /// <summary>
    /// Spectrum of the band-passed chips for a codeword, each coded bit scaled by its own amplitude, and the
    /// RMS of the pattern it makes (Parseval).
    /// </summary>
    public (double[] Re, double[] Im, double Rms) Spectrum(bool[] coded, double[] alpha)
    {
        // Data amplitudes are normalised to unit mean square so the sync keeps its share of the energy.
        var meanSquare = 0.0;
        for (var p = 0; p < Positions; p++)
            meanSquare += alpha[BitOfPosition[p]] * alpha[BitOfPosition[p]];
        var syncGain = Math.Sqrt(SyncShare);
        var dataGain = Math.Sqrt((1 - SyncShare) * Positions / meanSquare);
        var re = new double[Positions];
        var im = new double[Positions];
        for (var p = 0; p < Positions; p++)
        {
            var bit = BitOfPosition[p];
            re[p] = (syncGain * SyncChips[p]) + (dataGain * alpha[bit] * (coded[bit] ? 1 : -1) * DataSigns[p]);
        }

        Fft.Transform(re, im, inverse: false);
        var energy = 0.0;
        for (var i = 0; i < Positions; i++)
        {
            re[i] *= Bandpass[i];
            im[i] *= Bandpass[i];
            energy += (re[i] * re[i]) + (im[i] * im[i]);
        }

        return (re, im, Math.Sqrt(energy) / Positions);
    }

    /// <summary>Spectrum of the band-passed sync chips at the gain <see cref="Spectrum"/> gives them.</summary>
    public (double[] Re, double[] Im) SyncSpectrum()
    {
        var syncGain = Math.Sqrt(SyncShare);
        var re = new double[Positions];
        var im = new double[Positions];
        for (var k = 0; k < Positions; k++)
        {
            re[k] = syncGain * SyncSpectrumRe[k];
            im[k] = syncGain * SyncSpectrumIm[k];
        }

        return (re, im);
    }

    /// <summary>The spatial tile of a spectrum, scaled to unit RMS.</summary>
    public float[] ToTile(double[] re, double[] im, double rms)
    {
        var r = (double[])re.Clone();
        var i = (double[])im.Clone();
        Fft.Transform(r, i, inverse: true);
        var tile = new float[Positions];
        for (var p = 0; p < Positions; p++)
            tile[p] = (float)(r[p] / rms);
        return tile;
    }

    /// <summary>
    /// Divides every bin of a spectrum by the local RMS magnitude around it (a 5×5 neighbourhood of bins, cyclic),
    /// dropping DC: the picture's spectrum is flattened while a smooth filter keeps each chip's response compact, so
    /// coded bits do not leak into each other. Returns how many band-pass bins carry anything.
    /// </summary>
    public int Whiten(double[] re, double[] im)
    {
        const int radius = WhiteningRadius;
        re[0] = im[0] = 0;
        var power = new double[Positions];
        for (var k = 0; k < Positions; k++)
            power[k] = (re[k] * re[k]) + (im[k] * im[k]);

        // Separable cyclic box sum of the power spectrum.
        var rows = new double[Positions];
        for (var y = 0; y < Tile; y++)
        {
            for (var x = 0; x < Tile; x++)
            {
                var sum = 0.0;
                for (var d = -radius; d <= radius; d++)
                    sum += power[(y * Tile) + ((x + d) & TileMask)];
                rows[(y * Tile) + x] = sum;
            }
        }

        var live = 0;
        const double count = ((2 * radius) + 1) * ((2 * radius) + 1);
        for (var y = 0; y < Tile; y++)
        {
            for (var x = 0; x < Tile; x++)
            {
                var sum = 0.0;
                for (var d = -radius; d <= radius; d++)
                    sum += rows[(((y + d) & TileMask) * Tile) + x];
                var k = (y * Tile) + x;
                var magnitude = Math.Sqrt(sum / count);
                if (magnitude < 1e-9 || power[k] == 0)
                {
                    re[k] = im[k] = 0;
                    continue;
                }

                re[k] /= magnitude;
                im[k] /= magnitude;
                if (Bandpass[k] > 0)
                    live++;
            }
        }

        return live;
    }

    /// <summary>The whitened spectrum band-passed like the embedded pattern, back in the tile: the matched filter for every data chip.</summary>
    public double[] DataProjection(double[] re, double[] im)
    {
        var gr = new double[Positions];
        var gi = new double[Positions];
        for (var k = 0; k < Positions; k++)
        {
            gr[k] = re[k] * Bandpass[k];
            gi[k] = im[k] * Bandpass[k];
        }

        Fft.Transform(gr, gi, inverse: true);
        return gr;
    }

    /// <summary>Soft value of each coded bit: Σ over its positions p of sign[p]·data[p − offset].</summary>
    public double[] SoftBits(double[] data, int dx, int dy)
    {
        var soft = new double[CodedBits];
        for (var p = 0; p < Positions; p++)
        {
            var (px, py) = (p % Tile, p / Tile);
            var source = (((py - dy) & TileMask) * Tile) + ((px - dx) & TileMask);
            soft[BitOfPosition[p]] += DataSigns[p] * data[source];
        }

        return soft;
    }

    private static double[] BuildBandpass()
    {
        const double riseStart = 0.04, riseEnd = 0.08, fallStart = 0.28, fallEnd = 0.38;
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
