using System.Formats.Asn1;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Backlot.Provenance.Tests.TimeStamps;

/// <summary>How the fake authority answers.</summary>
public enum TsaBehaviour
{
    Grant,
    Unavailable,
    Garbage,
    Reject,
    WrongHash,
    WrongNonce,
}

/// <summary>
/// A small RFC 3161 time-stamp authority on 127.0.0.1: parses the TimeStampReq, writes a TSTInfo, signs it as CMS SignedData
/// (id-ct-TSTInfo, signing-certificate-v2) with its own test certificate (EKU id-kp-timeStamping, critical), answers a TimeStampResp.
/// </summary>
internal sealed class FakeTimeStampAuthority : IAsyncDisposable
{
    public const string PolicyOid = "1.3.6.1.4.1.55555.3161.1";
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    private const string TimeStampingEku = "1.3.6.1.5.5.7.3.8";

    private static readonly Lazy<(X509Certificate2 Root, X509Certificate2 Signer)> Certificates = new(CreateCertificates);

    private readonly HttpListener listener = new();
    private readonly Task loop;
    private long serial = 1000;
    private int requests;

    public FakeTimeStampAuthority(TsaBehaviour behaviour = TsaBehaviour.Grant)
    {
        Behaviour = behaviour;
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/tsa");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public TsaBehaviour Behaviour { get; set; }

    public Uri Address { get; }

    public int Requests => Volatile.Read(ref requests);

    /// <summary>The TSA's own root, not ours: a reader that trusts our production root does not trust this.</summary>
    public static X509Certificate2 Root => Certificates.Value.Root;

    public static X509Certificate2 SignerCertificate => Certificates.Value.Signer;

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        try
        {
            await loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
        listener.Close();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Interlocked.Increment(ref requests);
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var (status, contentType, answer) = Answer(context.Request.ContentType, body.ToArray());
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = answer.Length;
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    private (int Status, string ContentType, byte[] Body) Answer(string? contentType, byte[] query)
    {
        const string Reply = "application/timestamp-reply";
        if (Behaviour == TsaBehaviour.Unavailable)
            return (503, "text/plain", "maintenance"u8.ToArray());
        if (Behaviour == TsaBehaviour.Garbage)
            return (200, Reply, "<html>not a time-stamp</html>"u8.ToArray());
        if (contentType != "application/timestamp-query" || !Rfc3161TimestampRequest.TryDecode(query, out var request, out _))
            return (200, Reply, Response(2, "bad request", failureBit: 2, token: null));
        if (Behaviour == TsaBehaviour.Reject)
            return (200, Reply, Response(2, "policy not accepted", failureBit: 15, token: null));
        return (200, Reply, Response(0, null, null, Token(request)));
    }

    private byte[] Token(Rfc3161TimestampRequest request)
    {
        var hash = request.GetMessageHash().ToArray();
        if (Behaviour == TsaBehaviour.WrongHash)
            hash[0] ^= 0xFF;
        var nonce = request.GetNonce()?.ToArray();
        if (nonce is not null && Behaviour == TsaBehaviour.WrongNonce)
            nonce[^1] ^= 0x01;

        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            w.WriteInteger(1);
            w.WriteObjectIdentifier(PolicyOid);
            using (w.PushSequence())
            {
                using (w.PushSequence())
                    w.WriteObjectIdentifier(request.HashAlgorithmId.Value!);
                w.WriteOctetString(hash);
            }
            w.WriteInteger(Interlocked.Increment(ref serial));
            w.WriteGeneralizedTime(DateTimeOffset.UtcNow, omitFractionalSeconds: true);
            if (nonce is not null)
                w.WriteInteger(nonce);
        }

        var cms = new SignedCms(new ContentInfo(new Oid(TstInfoOid), w.Encode()));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, SignerCertificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = request.RequestSignerCertificate ? X509IncludeOption.EndCertOnly : X509IncludeOption.None,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(SignerCertificate)));
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    private static byte[] Response(int status, string? text, int? failureBit, byte[]? token)
    {
        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            using (w.PushSequence())
            {
                w.WriteInteger(status);
                if (text is not null)
                {
                    using (w.PushSequence())
                        w.WriteCharacterString(UniversalTagNumber.UTF8String, text);
                }
                if (failureBit is { } bit)
                {
                    var bytes = new byte[bit / 8 + 1];
                    bytes[bit / 8] = (byte)(0x80 >> (bit % 8));
                    w.WriteBitString(bytes, 7 - bit % 8);
                }
            }
            if (token is not null)
                w.WriteEncodedValue(token);
        }
        return w.Encode();
    }

    /// <summary>SigningCertificateV2 { certs [ ESSCertIDv2 { certHash (SHA-256, the default) } ] } (RFC 5035).</summary>
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        using (w.PushSequence())
        using (w.PushSequence())
            w.WriteOctetString(SHA256.HashData(certificate.RawData));
        return w.Encode();
    }

    private static (X509Certificate2, X509Certificate2) CreateCertificates()
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=Backlot Test TSA Root, O=Test", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Backlot Test TSA, O=Test", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(TimeStampingEku)], true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        var serialNumber = RandomNumberGenerator.GetBytes(12);
        serialNumber[0] &= 0x7F;
        using var issued = request.Create(root, now.AddHours(-1), now.AddYears(2), serialNumber);
        return (root, issued.CopyWithPrivateKey(key));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
