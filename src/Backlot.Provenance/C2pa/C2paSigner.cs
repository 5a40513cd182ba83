using System.Security.Cryptography.Cose;
using Backlot.Provenance.Signing;
using Backlot.Provenance.TimeStamps;

namespace Backlot.Provenance.C2pa;

/// <summary>Signs PNG and JPEG images with a C2PA 2.x manifest (claim v2, COSE ES256) and embeds it, replacing any earlier one.</summary>
public static class C2paSigner
{
    /// <summary>The signed file: <paramref name="image"/> with the manifest store embedded and bound to every other byte.</summary>
    /// <exception cref="ProvenanceException">The image is not a readable PNG or JPEG, or the definition is inconsistent.</exception>
    public static byte[] Sign(byte[] image, C2paManifestDefinition definition, C2paSigningCredential credential)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(credential);
        var layout = ManifestLayout.Prepare(image, definition, credential, signatureReserve: 0);
        return layout.Embed(CoseClaimSigner.Sign(layout.Claim, credential));
    }

    /// <summary>
    /// As <see cref="Sign"/>, and when <paramref name="timeStamps"/> is given the signature carries that authority's RFC 3161
    /// token over it (a C2PA v2 time-stamp, <c>sigTst2</c>), which proves when it was signed. Without one, the same as <see cref="Sign"/>.
    /// </summary>
    /// <exception cref="ProvenanceException">As <see cref="Sign"/>, or the time-stamp authority failed (the message names it).</exception>
    public static async Task<byte[]> SignAsync(byte[] image, C2paManifestDefinition definition, C2paSigningCredential credential,
        ITimeStampAuthority? timeStamps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(credential);
        if (timeStamps is null)
            return Sign(image, definition, credential);

        // The store's size is fixed before the token exists; a token larger than expected costs one more round.
        var reserve = timeStamps.ExpectedTokenBytes + CoseTimeStamp.Overhead;
        for (var attempt = 1; ; attempt++)
        {
            var layout = ManifestLayout.Prepare(image, definition, credential, reserve);
            var message = CoseSign1Message.DecodeSign1(CoseClaimSigner.Sign(layout.Claim, credential));
            var token = await timeStamps.TimeStampAsync(CoseTimeStamp.CountersignedBytes(message.RawProtectedHeaders.Span, message.Signature.Span), cancellationToken);
            message.UnprotectedHeaders[CoseTimeStamp.SigTst2] = CoseTimeStamp.Container(token);
            if (CoseTimeStamp.EncodePadded(message, layout.SignatureLength) is { } signature)
                return layout.Embed(signature);
            if (attempt == 2)
                throw new ProvenanceException($"C2PA signing: the time-stamp authority at {timeStamps.Address} sent a {token.Length}-byte token, more than the {reserve} bytes reserved");
            reserve = token.Length + 2 * CoseTimeStamp.Overhead;
        }
    }
}
