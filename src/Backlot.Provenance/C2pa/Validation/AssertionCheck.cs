using System.Security.Cryptography;
using Backlot.Provenance.C2pa.Cbor;
using Backlot.Provenance.C2pa.Jumbf;

namespace Backlot.Provenance.C2pa.Validation;

/// <summary>Checks the claim's hashed URIs against the assertion boxes, and the hard binding against the file's bytes.</summary>
internal static class AssertionCheck
{
    private const int MaxExclusions = 1000;

    public static void HashedUris(Dictionary<string, object?> claim, JumbfBox? assertions, string claimAlg, List<C2paFailure> failures)
    {
        var uris = claim.List("created_assertions").Concat(claim.List("gathered_assertions")).Concat(claim.List("assertions"));
        foreach (var item in uris)
        {
            if (item is not Dictionary<string, object?> uri || uri.Text("url") is not { } url || uri.GetValueOrDefault("hash") is not byte[] hash)
            {
                failures.Add(new(C2paFailureCodes.ClaimMalformed, "a hashed URI in the claim lacks its url or hash"));
                continue;
            }
            var label = AssertionLabel(url);
            var box = label is null ? null : assertions?.Child(label);
            if (box is null)
            {
                failures.Add(new(C2paFailureCodes.AssertionMissing, $"the claim names {url}, which is not in the manifest"));
                continue;
            }
            var actual = Hash(uri.Text("alg") ?? claimAlg, [box.Payload]);
            if (actual is null || !actual.AsSpan().SequenceEqual(hash))
                failures.Add(new(C2paFailureCodes.HashedUriMismatch, $"the hash of {url} does not match the claim"));
        }
    }

    public static void DataHash(Dictionary<string, object?>? binding, ReadOnlyMemory<byte> file, string claimAlg, List<C2paFailure> failures)
    {
        if (binding is null)
        {
            failures.Add(new(C2paFailureCodes.HardBindingMissing, "the manifest has no c2pa.hash.data hard binding"));
            return;
        }
        var ranges = new List<(long Start, long Length)>();
        foreach (var item in binding.List("exclusions").Take(MaxExclusions + 1))
        {
            if (item is not Dictionary<string, object?> exclusion || exclusion.GetValueOrDefault("start") is not long start
                || exclusion.GetValueOrDefault("length") is not long length || start < 0 || length < 0 || start > file.Length || length > file.Length - start)
            {
                failures.Add(new(C2paFailureCodes.DataHashMalformed, "an exclusion range is malformed or lies outside the file"));
                return;
            }
            ranges.Add((start, length));
        }
        ranges.Sort();
        var parts = new List<ReadOnlyMemory<byte>>();
        long at = 0;
        foreach (var (start, length) in ranges)
        {
            if (start < at || ranges.Count > MaxExclusions)
            {
                failures.Add(new(C2paFailureCodes.DataHashMalformed, "exclusion ranges overlap or are too many"));
                return;
            }
            parts.Add(file[(int)at..(int)start]);
            at = start + length;
        }
        parts.Add(file[(int)at..]);
        var actual = Hash(binding.Text("alg") ?? claimAlg, parts);
        if (actual is null || binding.GetValueOrDefault("hash") is not byte[] expected || !actual.AsSpan().SequenceEqual(expected))
            failures.Add(new(C2paFailureCodes.DataHashMismatch, "the file's bytes do not match the hard binding's hash"));
    }

    /// <summary>The assertion label a JUMBF URI points to: what follows <c>c2pa.assertions/</c>.</summary>
    private static string? AssertionLabel(string url)
    {
        const string Marker = "c2pa.assertions/";
        var at = url.LastIndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? null : url[(at + Marker.Length)..];
    }

    private static byte[]? Hash(string alg, IEnumerable<ReadOnlyMemory<byte>> parts)
    {
        var name = alg switch
        {
            "sha256" => HashAlgorithmName.SHA256,
            "sha384" => HashAlgorithmName.SHA384,
            "sha512" => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (name == default)
            return null;
        using var hash = IncrementalHash.CreateHash(name);
        foreach (var part in parts)
            hash.AppendData(part.Span);
        return hash.GetHashAndReset();
    }
}
