namespace Backlot.Domain.Productions;

/// <summary>
/// The identity a production signs its exports with. Until certificates are issued
/// (content credentials) it names the subject only and says it is a placeholder.
/// </summary>
public sealed record SigningIdentity(string Subject, string? CertificateSha256)
{
    public bool IsPlaceholder => CertificateSha256 is null;

    public static SigningIdentity PlaceholderFor(string productionName) =>
        new($"CN={productionName}, O=Backlot", null);
}
