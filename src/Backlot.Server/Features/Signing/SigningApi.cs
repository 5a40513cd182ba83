using Backlot.Server.Auth;
using Backlot.Studio.Queries;
using Backlot.Studio.Signing;

namespace Backlot.Server.Features.Signing;

internal static class SigningApi
{
    public static void MapSigningApi(this IEndpointRouteBuilder api)
    {
        // Who signs the production's exports, the fingerprints, and the root PEM verifiers take as trust anchor. Never a private key.
        api.MapGet("/productions/{id:guid}/signing", async (Guid id, HttpContext http, StudioQueries q, SigningIdentityService identities, CancellationToken ct) =>
        {
            await q.ProductionAsync(http.User.ToScope(), id, ct);
            var identity = await identities.EnsureAsync(id, ct);
            return new SigningView(
                identity.ProductionId, identity.Production, identity.Subject, identity.Issuer, identity.CertificateSha256, identity.RootSubject,
                identity.RootSha256, identity.KeyId, identity.NotBefore, identity.NotAfter, identity.RootPem);
        }).WithTags("Signing");
    }

    internal sealed record SigningView(
        Guid ProductionId, string Production, string Subject, string Issuer, string CertificateSha256, string RootSubject, string RootSha256,
        string KeyId, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string RootPem);
}
