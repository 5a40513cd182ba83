using System.Buffers.Binary;

namespace Backlot.Provenance.Watermark;

/// <summary>xoshiro256** seeded from key bytes: a fixed, portable generator so a key gives the same pattern everywhere.</summary>
internal sealed class KeyStream
{
    private ulong _s0, _s1, _s2, _s3;

    public KeyStream(ReadOnlySpan<byte> seed32)
    {
        _s0 = BinaryPrimitives.ReadUInt64LittleEndian(seed32);
        _s1 = BinaryPrimitives.ReadUInt64LittleEndian(seed32[8..]);
        _s2 = BinaryPrimitives.ReadUInt64LittleEndian(seed32[16..]);
        _s3 = BinaryPrimitives.ReadUInt64LittleEndian(seed32[24..]);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
            _s0 = 0x9E3779B97F4A7C15UL;
    }

    public ulong Next()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, n) without modulo bias.</summary>
    public int NextBelow(int n)
    {
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)n);
        ulong v;
        do
            v = Next();
        while (v >= limit);
        return (int)(v % (ulong)n);
    }

    /// <summary>±1 chips, one bit of the stream each.</summary>
    public sbyte[] Signs(int count)
    {
        var result = new sbyte[count];
        for (var i = 0; i < count; i += 64)
        {
            var bits = Next();
            for (var j = 0; j < 64 && i + j < count; j++)
                result[i + j] = (sbyte)(((bits >> j) & 1) == 0 ? -1 : 1);
        }

        return result;
    }
}
