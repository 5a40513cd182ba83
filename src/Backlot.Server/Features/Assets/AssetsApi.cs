using Backlot.Data.Blobs;
using Backlot.Server.Auth;
using Backlot.Studio;
using Backlot.Studio.Queries;
using Microsoft.Net.Http.Headers;

namespace Backlot.Server.Features.Assets;

internal static class AssetsApi
{
    public static void MapAssetsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/assets").WithTags("Assets");

        group.MapGet("/{sha256}", (string sha256, HttpContext http, StudioQueries q, CancellationToken ct) =>
            q.AssetAsync(http.User.ToScope(), sha256, ct));

        // The bytes, for an authenticated caller who may see the asset's production. Content-addressed, so immutable.
        group.MapGet("/{sha256}/content", async (string sha256, HttpContext http, StudioQueries q, IBlobStore blobs, CancellationToken ct) =>
        {
            var asset = await q.AssetAsync(http.User.ToScope(), sha256, ct);
            var stream = await blobs.OpenReadAsync(asset.Sha256, ct)
                ?? throw StudioException.NotFound($"the bytes of asset {sha256}");
            http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            http.Response.Headers["X-Robots-Tag"] = "noai, noimageai";
            http.Response.Headers["TDM-Reservation"] = "1";
            return Results.Stream(stream, asset.MediaType, entityTag: new EntityTagHeaderValue($"\"{asset.Sha256}\""));
        });
    }
}
