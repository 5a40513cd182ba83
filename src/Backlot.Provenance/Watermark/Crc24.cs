namespace Backlot.Provenance.Watermark;

/// <summary>CRC-24/OpenPGP (RFC 4880, poly 0x864CFB, init 0xB704CE) over the payload's 8 bytes, big-endian.</summary>
internal static class Crc24
{
    public static uint Compute(ulong payload)
    {
        var crc = 0xB704CEu;
        for (var i = 7; i >= 0; i--)
        {
            crc ^= (uint)((payload >> (8 * i)) & 0xFF) << 16;
            for (var bit = 0; bit < 8; bit++)
            {
                crc <<= 1;
                if ((crc & 0x1000000) != 0)
                    crc ^= 0x864CFB;
            }
        }

        return crc & 0xFFFFFF;
    }
}
