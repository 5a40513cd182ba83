using Backlot.Provenance.C2pa;
using Backlot.Provenance.Tests.Support;
using Backlot.Tests.Shared;

namespace Backlot.Provenance.Tests.C2pa;

/// <summary>Seeded random mutations of signed and foreign files: the reader answers or throws ProvenanceException, nothing else.</summary>
public sealed class C2paReaderFuzzTests
{
    public static TheoryData<string> Sources => ["ours.png", "ours.jpg", "amazon-titan-g1.png", "trustnxt-icon-signed-timestamp.jpg"];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Mutated_files_never_throw_anything_but_ProvenanceException(string source)
    {
        var original = Load(source);
        var (storeStart, storeEnd) = StoreRange(original);
        var random = new Random(source.Length * 7919);
        for (var round = 0; round < 400; round++)
        {
            var mutated = Mutate(original, random, storeStart, storeEnd);
            try
            {
                var result = C2paReader.Read(mutated);
                Assert.True(Enum.IsDefined(result.State));
            }
            catch (ProvenanceException)
            {
            }
        }
    }

    private static byte[] Load(string source) => source switch
    {
        "ours.png" => C2paSigner.Sign(C2paFixtures.Png(), C2paFixtures.Manifest(), C2paFixtures.Credential),
        "ours.jpg" => C2paSigner.Sign(C2paFixtures.Jpeg(), C2paFixtures.Manifest(), C2paFixtures.Credential),
        _ => File.ReadAllBytes(C2paOracle.Corpus(source)),
    };

    /// <summary>Where the manifest store lies (between the first "jumb" and the last "c2pa.signature" box), so most mutations land there.</summary>
    private static (int Start, int End) StoreRange(byte[] file)
    {
        var start = Math.Max(0, file.AsSpan().IndexOf("jumb"u8) - 4);
        var end = Math.Min(file.Length, file.AsSpan().LastIndexOf("c2pa.signature"u8) + 4000);
        return (start, Math.Max(start + 1, end));
    }

    private static byte[] Mutate(byte[] original, Random random, int storeStart, int storeEnd)
    {
        var bytes = (byte[])original.Clone();
        int Position() => random.Next(3) == 0 ? random.Next(bytes.Length) : random.Next(storeStart, Math.Min(storeEnd, bytes.Length));
        switch (random.Next(5))
        {
            case 0:
                for (var i = random.Next(1, 8); i > 0; i--)
                    bytes[Position()] ^= (byte)random.Next(1, 256);
                return bytes;
            case 1:
                return bytes[..Position()];
            case 2:
                var at = Position();
                if (at + 4 <= bytes.Length)
                    bytes.AsSpan(at, 4).Fill(0xFF);
                return bytes;
            case 3:
                var from = Position();
                var length = Math.Min(random.Next(1, 64), bytes.Length - from);
                return [.. bytes[..from], .. bytes[(from + length)..]];
            default:
                var place = Position();
                return [.. bytes[..place], .. Enumerable.Range(0, random.Next(1, 32)).Select(_ => (byte)random.Next(256)), .. bytes[place..]];
        }
    }
}
