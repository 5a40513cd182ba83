namespace Backlot.Provenance.TimeStamps;

/// <summary>A time-stamp authority (RFC 3161): vouches that some bytes existed at a time, with a token it signs.</summary>
public interface ITimeStampAuthority
{
    /// <summary>Where the authority is, as error messages name it.</summary>
    Uri Address { get; }

    /// <summary>How many bytes to reserve for one of its tokens before asking for it (a signer lays out the file first).</summary>
    int ExpectedTokenBytes { get; }

    /// <summary>A token for the SHA-256 of <paramref name="data"/>: the DER of its CMS ContentInfo (SignedData over TSTInfo).</summary>
    /// <exception cref="ProvenanceException">The authority cannot be reached, refuses, or answers with a token that does not fit the request.</exception>
    Task<byte[]> TimeStampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);
}
