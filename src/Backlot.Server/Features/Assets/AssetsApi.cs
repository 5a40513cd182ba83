using Backlot.Data.Blobs;
using Backlot.Provenance.Audit;
using Backlot.Server.Auth;
using Backlot.Studio;
using Backlot.Studio.Auth;
using Backlot.Studio.Exports;
using Backlot.Studio.Queries;
using Backlot.Studio.Signing;
using Microsoft.Net.Http.Headers;

namespace Backlot.Server.Features.Assets;

internal static class AssetsApi
{
    public static void MapAssetsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/assets").WithTags("Assets");

        group.MapGet("/{sha256}", (string sha256, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.AssetAsync(http.User.ToScope(), sha256, ct));

        // The bytes, for a signed-in caller who may see the asset's production, or for anyone holding an unexpired signed link.
        // A PNG or JPEG leaves signed: a take's frame with its take's content credentials, anything else as opened by the
        // studio (FrameSigner). Downloads through a token or a link are recorded in the audit log; the studio's own pages
        // showing a frame to a signed-in person are not.
        group.MapGet("/{sha256}/content", async (
            string sha256, HttpContext http, StudioQueries q, IBlobStore blobs, FrameSigner signer, FrameExporter frames, SignedLinks links, CancellationToken ct) =>
        {
            AccessScope scope;
            string? recordAs = null;
            if (http.User.Identity?.IsAuthenticated == true)
            {
                scope = http.User.ToScope();
                if (http.Request.Headers.Authorization.Count > 0)
                    recordAs = scope.Subject;
            }
            else if (links.Check(http.Request) is { } mintedBy)
            {
                scope = new AccessScope($"signed link from {mintedBy}", true, []);
                recordAs = scope.Subject;
            }
            else
            {
                return Results.Problem(detail: "sign in, send a bearer token, or use a signed link that has not expired", statusCode: StatusCodes.Status401Unauthorized);
            }

            var asset = await q.AssetAsync(scope, sha256, ct);
            http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            if (await signer.SignAssetAsync(asset.Sha256, ct) is { } signed)
            {
                if (recordAs is not null)
                    await frames.RecordAsync(recordAs, AuditActions.Download, signed, new { path = http.Request.Path.Value, via = http.Request.Query.ContainsKey("sig") ? "signed link" : "api" }, ct);
                return Results.File(signed.Content, signed.MediaType, entityTag: new EntityTagHeaderValue($"\"{signed.Sha256}\""));
            }

            var stream = await blobs.OpenReadAsync(asset.Sha256, ct)
                ?? throw StudioException.NotFound($"the bytes of asset {sha256}");
            return Results.Stream(stream, asset.MediaType, entityTag: new EntityTagHeaderValue($"\"{asset.Sha256}\""));
        }).AllowAnonymous();

        // A link to the asset's bytes that works without signing in until it expires (?minutes=, default 60, at most 7 days).
        group.MapPost("/{sha256}/links", async (string sha256, int? minutes, HttpContext http, StudioQueries q, SignedLinks links, CancellationToken ct) =>
        {
            var scope = http.User.ToScope();
            var asset = await q.AssetAsync(scope, sha256, ct);
            var lifetime = minutes is { } m ? TimeSpan.FromMinutes(m) : SignedLinks.DefaultLifetime;
            var (url, expires) = links.Mint($"/api/assets/{asset.Sha256}/content", scope.Subject, lifetime);
            return Results.Ok(new SignedLinkView(url, expires));
        });
    }

    internal sealed record SignedLinkView(string Url, DateTimeOffset ExpiresAt);
}
