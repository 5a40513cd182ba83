using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Backlot.Studio.Signing;

/// <summary>
/// The 64 bits a frame's invisible watermark carries: the first 8 bytes of SHA-256 over the production and take ids, so
/// a found mark leads back to one take of one production (look it up; the value itself reveals neither id).
/// </summary>
public readonly record struct WatermarkPayload(ulong Value)
{
    public static WatermarkPayload For(Guid productionId, Guid takeId) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.ASCII.GetBytes($"backlot.watermark:{productionId:D}:{takeId:D}"))));

    public override string ToString() => Value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
