using System.Text;
using Backlot.Provenance.Watermark;

namespace Backlot.Provenance.Tests.Watermark;

public sealed class WatermarkCodingTests
{
    [Fact]
    public void Crc24_MatchesTheOpenPgpReference()
    {
        // RFC 4880 CRC-24 of the 8 payload bytes 01 23 45 67 89 AB CD EF, computed independently.
        Assert.Equal(0xFD3BE4u, Crc24.Compute(0x0123456789ABCDEF));
    }

    [Fact]
    public void ConvolutionalCode_CorrectsScatteredErrors()
    {
        var rng = new Random(5);
        var message = Enumerable.Range(0, 88).Select(_ => rng.Next(2) == 1).ToArray();
        var coded = ConvolutionalCode.Encode(message);
        Assert.Equal(282, coded.Length);
        var soft = coded.Select(b => b ? 1.0 : -1.0).ToArray();
        for (var i = 0; i < soft.Length; i += 9)
            soft[i] = -soft[i]; // 11 % of the coded bits flipped

        Assert.Equal(message, ConvolutionalCode.Decode(soft, 88));
    }

    [Fact]
    public void Key_RefusesShortSecrets()
    {
        Assert.Throws<ArgumentException>(() => WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("short")));
    }

    [Fact]
    public void Key_SameSecretSamePattern_DifferentSecretDifferentFingerprint()
    {
        var a = WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("0123456789abcdef0123"));
        var b = WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("0123456789abcdef0123"));
        var c = WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("0123456789abcdef0124"));

        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
        Assert.Equal(a.Pattern.Build(7), b.Pattern.Build(7));
    }

    [Fact]
    public void GaussianTail_MatchesKnownValues()
    {
        Assert.Equal(3.3977e-6, GaussianTail.Q(4.5), 1e-9);
        Assert.Equal(2.8665e-7, GaussianTail.Q(5.0), 1e-10);
        Assert.Equal(0.5, GaussianTail.Q(0), 1e-7);
    }
}
