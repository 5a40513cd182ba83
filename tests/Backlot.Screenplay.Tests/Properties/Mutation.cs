namespace Backlot.Screenplay.Tests.Properties;

public enum MutationKind
{
    SetByte,
    FlipBit,
    Insert,
    Delete,
    Duplicate,
    Truncate,

    /// <summary>Inserts the payload at the first line start or tag end at or after <see cref="Mutation.At"/>.</summary>
    InsertAtBoundary,
}

/// <summary>
/// One byte-level edit. <see cref="At"/> and <see cref="Length"/> are taken modulo the current length, so a
/// mutation applies to any file and a shrunk list of mutations still means something.
/// </summary>
public sealed record Mutation(MutationKind Kind, int At, int Length, byte[] Payload)
{
    public byte[] Apply(byte[] bytes)
    {
        var at = bytes.Length == 0 ? 0 : At % (bytes.Length + 1);
        var rest = bytes.Length - at;
        var length = rest == 0 ? 0 : 1 + (Length % Math.Min(rest, 64));
        return Kind switch
        {
            MutationKind.SetByte when rest > 0 => [.. bytes[..at], Payload.Length > 0 ? Payload[0] : (byte)0, .. bytes[(at + 1)..]],
            MutationKind.FlipBit when rest > 0 => [.. bytes[..at], (byte)(bytes[at] ^ (1 << (Length & 7))), .. bytes[(at + 1)..]],
            MutationKind.Insert => [.. bytes[..at], .. Payload, .. bytes[at..]],
            MutationKind.Delete => [.. bytes[..at], .. bytes[(at + length)..]],
            MutationKind.Duplicate => [.. bytes[..(at + length)], .. bytes[at..]],
            MutationKind.Truncate => bytes[..at],
            MutationKind.InsertAtBoundary => InsertAt(bytes, Boundary(bytes, at)),
            _ => bytes,
        };
    }

    private byte[] InsertAt(byte[] bytes, int at) => [.. bytes[..at], .. Payload, .. bytes[at..]];

    private static int Boundary(byte[] bytes, int at)
    {
        var next = bytes.AsSpan(at).IndexOfAny((byte)'\n', (byte)'>');
        return next < 0 ? bytes.Length : at + next + 1;
    }

    public override string ToString() =>
        $"{Kind}@{At}+{Length}[{Convert.ToHexString(Payload)}]";
}

/// <summary>A seed file (from the corpus or the sample production) with mutations applied in order.</summary>
public sealed record MutatedFile(string Seed, IReadOnlyList<Mutation> Mutations)
{
    public string FileName => Path.GetFileName(Seed);

    public byte[] ToBytes() => Mutations.Aggregate(SeedFiles.Bytes(Seed), (bytes, m) => m.Apply(bytes));

    public override string ToString() => $"{FileName} with [{string.Join(", ", Mutations)}]";
}
