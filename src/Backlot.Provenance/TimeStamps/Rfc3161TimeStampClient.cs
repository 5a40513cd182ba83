using System.Formats.Asn1;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace Backlot.Provenance.TimeStamps;

/// <summary>
/// Asks an RFC 3161 time-stamp authority over HTTP(S) for a token on a SHA-256 imprint (with a nonce and its certificate),
/// and accepts the answer only when it was granted, is signed, and is for this imprint and nonce. It does not judge
/// whether the authority is trusted: readers do that against their own lists.
/// </summary>
public sealed class Rfc3161TimeStampClient : ITimeStampAuthority
{
    public const string RequestMediaType = "application/timestamp-query";

    /// <summary>Largest answer read; real tokens with a certificate chain are a few kilobytes.</summary>
    public const int MaxResponseBytes = 256 * 1024;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    // Before the first token the reserve is generous; afterwards it follows the largest token seen, plus room for the
    // few bytes that vary between tokens (serial number, signature, nonce).
    private const int InitialReserve = 8 * 1024;
    private const int Slack = 256;

    private readonly HttpClient http;
    private readonly TimeSpan timeout;
    private int largestToken;

    /// <param name="address">The authority's HTTP(S) endpoint.</param>
    /// <param name="http">The client to send with (its own timeout is left alone; <paramref name="timeout"/> bounds each request).</param>
    /// <param name="timeout">How long one request may take; <see cref="DefaultTimeout"/> if null.</param>
    public Rfc3161TimeStampClient(Uri address, HttpClient http, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(http);
        if (!address.IsAbsoluteUri || address.Scheme is not ("http" or "https"))
            throw new ProvenanceException($"the time-stamp authority URL '{address}' is not an absolute http or https URL");
        Address = address;
        this.http = http;
        this.timeout = timeout ?? DefaultTimeout;
    }

    public Uri Address { get; }

    public int ExpectedTokenBytes => Volatile.Read(ref largestToken) is > 0 and var seen ? seen + Slack : InitialReserve;

    public async Task<byte[]> TimeStampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var hash = SHA256.HashData(data.Span);
        var nonce = RandomNumberGenerator.GetBytes(8);
        nonce[0] = (byte)(1 + (nonce[0] % 127)); // positive, and no leading zero to be normalised away
        var request = Rfc3161TimestampRequest.CreateFromHash(hash, HashAlgorithmName.SHA256, requestedPolicyId: null, nonce, requestSignerCertificates: true);

        var answer = await PostAsync(request.Encode(), cancellationToken);
        var token = Accept(answer, request, hash);
        InterlockedMax(ref largestToken, token.Length);
        return token;
    }

    private async Task<byte[]> PostAsync(byte[] query, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var content = new ByteArrayContent(query);
            content.Headers.ContentType = new MediaTypeHeaderValue(RequestMediaType);
            using var message = new HttpRequestMessage(HttpMethod.Post, Address) { Content = content };
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
                throw Fail($"answered {(int)response.StatusCode}{(response.ReasonPhrase is { Length: > 0 } reason ? " " + reason : "")}");
            if (response.Content.Headers.ContentLength > MaxResponseBytes)
                throw Fail($"answered {response.Content.Headers.ContentLength} bytes, more than the {MaxResponseBytes} a time-stamp response may take");
            await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
            return await ReadCappedAsync(stream, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"did not answer within {timeout.TotalSeconds:0.#} s"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new ProvenanceException($"the time-stamp authority at {Address} cannot be reached ({e.Message})", e);
        }
    }

    private async Task<byte[]> ReadCappedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxResponseBytes)
                throw Fail($"answered more than the {MaxResponseBytes} bytes a time-stamp response may take");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private byte[] Accept(byte[] answer, Rfc3161TimestampRequest request, byte[] hash)
    {
        TimeStampResponse response;
        try
        {
            response = TimeStampResponse.Decode(answer);
        }
        catch (AsnContentException e)
        {
            throw Fail($"answered something that is not an RFC 3161 time-stamp response ({e.Message})");
        }
        if (!response.Granted)
        {
            var detail = string.Join("; ", new[] { response.StatusText, response.FailureInfo }.Where(s => !string.IsNullOrEmpty(s)));
            throw Fail($"refused the request ({response.StatusName}{(detail.Length > 0 ? ": " + detail : "")})");
        }
        if (response.Token is not { } tokenBytes)
            throw Fail("granted the request but sent no token");
        if (!Rfc3161TimestampToken.TryDecode(tokenBytes, out var token, out var consumed) || consumed != tokenBytes.Length)
            throw Fail("answered with a token that cannot be read as a signed RFC 3161 token");
        var info = token.TokenInfo;
        if (info.HashAlgorithmId.Value != Oids.Sha256 || !info.GetMessageHash().Span.SequenceEqual(hash))
            throw Fail("answered, but its token is for a different hash");
        if (info.GetNonce() is not { } nonce || !nonce.Span.SequenceEqual(request.GetNonce()!.Value.Span))
            throw Fail("answered, but its token does not carry our nonce (a replayed or mixed-up answer)");
        if (!token.VerifySignatureForHash(hash, HashAlgorithmName.SHA256, out _, extraCandidates: null))
            throw Fail("answered, but its token's signature does not verify against the certificate it carries");
        return tokenBytes.ToArray();
    }

    private ProvenanceException Fail(string what) => new($"the time-stamp authority at {Address} {what}");

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }

    private static class Oids
    {
        public const string Sha256 = "2.16.840.1.101.3.4.2.1";
    }
}
