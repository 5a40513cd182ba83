using Backlot.Interchange.Timeline;
using Backlot.Server.Auth;
using Backlot.Studio;
using Backlot.Studio.Exports;
using Backlot.Studio.Queries;
using Backlot.Studio.Signing;

namespace Backlot.Server.Features.Exports;

internal static class ExportsApi
{
    public static void MapExportsApi(this IEndpointRouteBuilder api)
    {
        // A download: one file (pdf, csv, contact sheet) or a zip (a timeline with its frames, EXRs).
        // frames: every shot's chosen take as a signed PNG (?jpeg=true: JPEG) in a zip, each recorded in the audit log.
        api.MapGet("/productions/{id:guid}/exports/{format}", async (Guid id, string format, string? scene, bool? jpeg, HttpContext http, StudioQueries q, ExportService exports, CancellationToken ct) =>
        {
            await q.ProductionAsync(http.User.ToScope(), id, ct);
            var result = await exports.ExportAsync(
                http.User.ToScope(), ExportService.ParseFormat(format), id.ToString(), scene, jpeg == true ? FrameFileFormat.Jpeg : FrameFileFormat.Png, ct);
            http.Response.Headers["X-Robots-Tag"] = "noai, noimageai";
            http.Response.Headers["TDM-Reservation"] = "1";
            return result.IsBundle
                ? Results.File(ExportService.Zip(result), "application/zip", $"{result.Name}-{format.ToLowerInvariant()}.zip")
                : Results.File(result.Main.Content, result.Main.MediaType, result.Main.Path);
        }).WithTags("Exports");

        // One take's frame, signed (content credentials, and the watermark when installed), recorded as exported.
        api.MapGet("/takes/{id:guid}/frame", async (Guid id, bool? jpeg, HttpContext http, FrameExporter frames, CancellationToken ct) =>
        {
            var frame = await frames.ExportTakeAsync(http.User.ToScope(), id, jpeg == true ? FrameFileFormat.Jpeg : FrameFileFormat.Png, ct);
            return Results.File(frame.Content, frame.MediaType, frame.FileName);
        }).WithTags("Exports");

        // An editor's cut (multipart "file"): shot order and durations come back; the report says what did not match.
        api.MapPost("/productions/{id:guid}/cuts", async (Guid id, IFormFile file, double? rate, HttpContext http, StudioQueries q, CutImporter importer, ServerSettings settings, CancellationToken ct) =>
        {
            await q.ProductionAsync(http.User.ToScope(), id, ct);
            var cut = await ReadTimelineAsync(file, rate, settings, ct);
            return await importer.ImportAsync(http.User.ToScope(), cut.Cut, id.ToString(), ct);
        }).DisableAntiforgery().WithTags("Exports");

        // What a timeline file holds, as `backlot inspect` shows it.
        api.MapPost("/inspect", async (IFormFile file, double? rate, ServerSettings settings, CancellationToken ct) =>
        {
            var (format, cut) = await ReadTimelineAsync(file, rate, settings, ct);
            return TimelineSummary.From(format, cut);
        }).DisableAntiforgery().WithTags("Exports");

        // Whose frame is this? The invisible watermark names production, shot and take (among those the token may see).
        api.MapPost("/trace", async (IFormFile file, HttpContext http, FrameTracer tracer, ServerSettings settings, CancellationToken ct) =>
        {
            if (file.Length > settings.MaxUploadBytes)
                throw new StudioException(StudioErrorKind.Invalid, $"{file.FileName}: {file.Length:N0} bytes is over the {settings.MaxUploadBytes:N0}-byte upload limit");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            return await tracer.TraceAsync(http.User.ToScope(), buffer.ToArray(), Path.GetFileName(file.FileName), ct);
        }).DisableAntiforgery().WithTags("Provenance");
    }

    private static async Task<(string Format, Cut Cut)> ReadTimelineAsync(IFormFile file, double? rate, ServerSettings settings, CancellationToken ct)
    {
        if (file.Length > settings.MaxUploadBytes)
            throw new StudioException(StudioErrorKind.Invalid, $"{file.FileName}: {file.Length:N0} bytes is over the {settings.MaxUploadBytes:N0}-byte upload limit");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return TimelineInput.Read(Path.GetFileName(file.FileName), buffer.ToArray(), rate);
    }
}
