using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Backlot.Provenance.Signing;

/// <summary>PEM in and out for signing identities: certificate chains, PKCS#8 private keys, trust anchors.</summary>
public static class C2paPem
{
    /// <summary>Certificates as concatenated PEM blocks, in the order given.</summary>
    public static string ExportCertificates(IEnumerable<X509Certificate2> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        var text = new StringBuilder();
        foreach (var certificate in certificates)
            text.Append(certificate.ExportCertificatePem()).Append('\n');
        return text.ToString();
    }

    /// <summary>The private key as an unencrypted PKCS#8 PEM block; whoever stores it encrypts it.</summary>
    public static string ExportKey(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>Every certificate in a PEM text, in order.</summary>
    /// <exception cref="ProvenanceException">The text holds no certificate or a malformed one.</exception>
    public static IReadOnlyList<X509Certificate2> ImportCertificates(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var certificates = new List<X509Certificate2>();
        var rest = pem.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            if (rest[fields.Label].SequenceEqual("CERTIFICATE"))
            {
                try
                {
                    certificates.Add(X509CertificateLoader.LoadCertificate(Convert.FromBase64String(rest[fields.Base64Data].ToString())));
                }
                catch (CryptographicException e)
                {
                    throw new ProvenanceException($"PEM: certificate {certificates.Count + 1} is malformed ({e.Message})", e);
                }
            }
            rest = rest[fields.Location.End.GetOffset(rest.Length)..];
        }
        if (certificates.Count == 0)
            throw new ProvenanceException("PEM: no CERTIFICATE block found");
        return certificates;
    }

    /// <summary>
    /// A studio's own signing identity: its chain (leaf first) and its EC private key (PKCS#8 or SEC1 PEM), checked
    /// against the C2PA certificate profile.
    /// </summary>
    /// <exception cref="ProvenanceException">The PEM is unreadable, the key does not match, or the leaf cannot sign C2PA claims.</exception>
    public static C2paSigningCredential ImportCredential(string chainPem, string keyPem)
    {
        ArgumentNullException.ThrowIfNull(keyPem);
        var chain = ImportCertificates(chainPem);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(keyPem);
            return C2paSigningCredential.Create(key, chain);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new ProvenanceException($"PEM: the private key is not an EC key in PKCS#8 or SEC1 PEM ({e.Message})", e);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
