using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Backlot.Data.Blobs;
using Backlot.Domain.Sheets;
using Backlot.Imaging.Formats.Exr;
using Backlot.Imaging.Formats.Png;
using Backlot.Interchange.ContactSheet;
using Backlot.Interchange.Csv;
using Backlot.Interchange.Edl;
using Backlot.Interchange.FcpXml;
using Backlot.Interchange.Otio;
using Backlot.Interchange.Storyboard;
using Backlot.Interchange.Xmeml;
using Backlot.Provenance.Audit;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Backlot.Studio.Breakdowns;
using Backlot.Studio.Signing;

namespace Backlot.Studio.Exports;

/// <summary>
/// Exports a production (or a scene) in the formats other tools read. Timelines reference each shot's frame as
/// frames/SCENE-SHOT.png, and those frames come with them, so an editor can open the animatic as it is.
/// </summary>
public sealed class ExportService(
    AnimaticBuilder animatics, BreakdownService breakdowns, IBlobStore blobs, FrameExporter frames, FrameSigner signer, IFrameWatermarker watermarker, AuditService audit)
{
    public Task<ExportResult> ExportAsync(
        AccessScope scope, ExportFormat format, string? production, string? scene, CancellationToken cancellationToken = default) =>
        ExportAsync(scope, format, production, scene, FrameFileFormat.Png, cancellationToken);

    /// <param name="frameFormat">How frames are written (the frames export): PNG, or JPEG.</param>
    public async Task<ExportResult> ExportAsync(
        AccessScope scope, ExportFormat format, string? production, string? scene, FrameFileFormat frameFormat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (format == ExportFormat.Frames)
            return await frames.ExportAsync(scope, production, scene, frameFormat, cancellationToken);
        var animatic = await animatics.LoadAsync(scope, production, scene, cancellationToken);
        var name = FileNameFor(animatic);
        var cut = AnimaticBuilder.ToCut(animatic);
        var result = format switch
        {
            ExportFormat.Otio => await WithFramesAsync(scope, format, name, new ExportFile($"{name}.otio", "application/vnd.opentimelineio+json", Utf8(OtioWriter.Write(OtioCut.FromCut(cut)))), animatic, cancellationToken),
            ExportFormat.Edl => await WithFramesAsync(scope, format, name, new ExportFile($"{name}.edl", "text/plain", Utf8(EdlWriter.Write(EdlCut.FromCut(cut, dropFrame: false)))), animatic, cancellationToken),
            ExportFormat.Xmeml => await WithFramesAsync(scope, format, name, new ExportFile($"{name}.xml", "application/xml", Utf8(XmemlWriter.Write(cut))), animatic, cancellationToken),
            ExportFormat.FcpXml => await WithFramesAsync(scope, format, name, new ExportFile($"{name}.fcpxml", "application/xml", Utf8(FcpXmlWriter.Write(cut))), animatic, cancellationToken),
            ExportFormat.Pdf => new ExportResult(format, name, [new ExportFile($"{name}.pdf", "application/pdf", StoryboardPdfWriter.Write(await StoryboardAsync(animatic, cancellationToken)))]),
            ExportFormat.Contact => new ExportResult(format, name, [new ExportFile($"{name}-contact.png", "image/png", await ContactSheetAsync(animatic, $"{name}-contact.png", cancellationToken))]),
            ExportFormat.Csv => new ExportResult(format, name, [new ExportFile($"{name}-shots.csv", "text/csv", ShotListCsv.Write(ShotRows(animatic)))]),
            ExportFormat.Breakdown => new ExportResult(format, name, [new ExportFile($"{name}-breakdown.csv", "text/csv", await BreakdownCsvAsync(scope, animatic, cancellationToken))]),
            ExportFormat.Exr => new ExportResult(format, name, await ExrFilesAsync(animatic, cancellationToken)),
            _ => throw new StudioException(StudioErrorKind.Invalid, $"unknown export format {format}"),
        };
        if (format is ExportFormat.Pdf or ExportFormat.Contact or ExportFormat.Exr)
            await RecordAsync(scope, animatic, result, cancellationToken);
        return result;
    }

    /// <summary>Documents that carry frames (storyboard PDF, contact sheet, EXR) are written to the audit log with the frames' hashes, as single frames are.</summary>
    private async Task RecordAsync(AccessScope scope, Animatic animatic, ExportResult result, CancellationToken cancellationToken)
    {
        var framed = animatic.Shots.Where(s => s.BeautySha256 is not null && s.Take is not null).ToList();
        await audit.AppendAsync(animatic.ProductionId, new AuditEvent
        {
            Actor = string.IsNullOrWhiteSpace(scope.Subject) ? "unknown" : scope.Subject,
            Action = AuditActions.ExportFrame,
            SubjectIds = [.. framed.Select(s => s.Take!.Id.ToString())],
            AssetSha256s = [.. framed.Select(s => s.BeautySha256!).Concat(result.Files.Select(f => Convert.ToHexStringLower(SHA256.HashData(f.Content))))],
            Details = JsonSerializer.Serialize(new { export = result.Format.ToString().ToLowerInvariant(), files = result.Files.Select(f => f.Path) }, JsonSerializerOptions.Web),
        }, cancellationToken);
    }

    /// <summary>A take's beauty frame as it may leave: with the invisible watermark naming the take.</summary>
    private async Task<byte[]> MarkedFrameAsync(Animatic animatic, AnimaticShot shot, CancellationToken cancellationToken) =>
        await watermarker.PrepareAsync(
            await ReadAsync(shot.BeautySha256!, cancellationToken), WatermarkPayload.For(animatic.ProductionId, shot.Take!.Id), FrameFileFormat.Png, cancellationToken);

    /// <summary>All files of an export in one zip, paths kept (for downloads).</summary>
    public static byte[] Zip(ExportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in result.Files)
            {
                var entry = zip.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }

        return buffer.ToArray();
    }

    public static ExportFormat ParseFormat(string text) =>
        Enum.TryParse<ExportFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format)
            ? format
            : throw new StudioException(StudioErrorKind.Invalid, $"unknown export format '{text}' (formats: {string.Join(", ", Enum.GetNames<ExportFormat>().Select(n => n.ToLowerInvariant()))})");

    /// <summary>The timeline with its frames beside it, each signed and recorded as exported like any frame that leaves.</summary>
    private async Task<ExportResult> WithFramesAsync(AccessScope scope, ExportFormat format, string name, ExportFile timeline, Animatic animatic, CancellationToken cancellationToken)
    {
        var files = new List<ExportFile> { timeline };
        foreach (var shot in animatic.Shots.Where(s => s.BeautySha256 is not null))
        {
            var frame = await frames.SignAsync(scope, shot.Take!.Id, FrameFileFormat.Png, format.ToString().ToLowerInvariant(), shot.FramePath, cancellationToken);
            files.Add(new ExportFile(shot.FramePath, frame.MediaType, frame.Content));
        }

        return new ExportResult(format, name, files);
    }

    private async Task<StoryboardDocument> StoryboardAsync(Animatic animatic, CancellationToken cancellationToken)
    {
        var panels = new List<StoryboardPanel>();
        foreach (var a in animatic.Shots)
        {
            var image = a.BeautySha256 is not null && a.Take is not null ? await MarkedFrameAsync(animatic, a, cancellationToken) : [];
            var plot = a.PlotSha256 is { } plotSha ? await ReadAsync(plotSha, cancellationToken) : [];
            panels.Add(new StoryboardPanel(
                a.Scene.Number, a.Scene.Heading, a.Shot.Code, a.Shot.Size?.ToString(), a.Shot.Sheet.Get(KnobNames.Angle)?.Text,
                a.Shot.Sheet.Get(KnobNames.Lens)?.Number, a.Shot.Description, a.Shot.Characters, a.Take?.Number, image, plot));
        }

        var subtitle = animatic.Scene is null ? $"Storyboard · {panels.Count} shots" : $"Storyboard · scene {animatic.Scene} · {panels.Count} shots";
        return new StoryboardDocument(animatic.ProductionName, subtitle, panels);
    }

    /// <summary>The contact sheet, signed as a composite of the take frames on it (content credentials, training and mining refused).</summary>
    private async Task<byte[]> ContactSheetAsync(Animatic animatic, string fileName, CancellationToken cancellationToken)
    {
        if (animatic.Shots.Count == 0)
            throw new StudioException(StudioErrorKind.Invalid, $"'{animatic.ProductionName}' has no shots to put on a contact sheet");
        var sheet = ContactSheetWriter.Write((await StoryboardAsync(animatic, cancellationToken)).Panels);
        var components = animatic.Shots.Where(s => s.BeautySha256 is not null && s.Take is not null)
            .Select(s => ($"{s.Shot.Code}_t{s.Take!.Number}.png", s.BeautySha256!, s.Take.EngineId))
            .ToList();
        return await signer.SignCompositeAsync(animatic.ProductionId, sheet, fileName, components, cancellationToken);
    }

    private static IEnumerable<ShotListRow> ShotRows(Animatic animatic) =>
        animatic.Shots.Select(a => new ShotListRow(
            a.Scene.Number, a.Shot.Code, a.Shot.Description, a.Shot.Size?.ToString(), a.Shot.Sheet.Get(KnobNames.Angle)?.Text,
            a.Shot.Sheet.Get(KnobNames.Lens)?.Number, "static", a.Shot.Characters, TimeSpan.FromSeconds(a.Shot.EstimatedSeconds),
            a.Take?.Number, a.Take is null ? "planned" : a.Shot.SelectedTakeId == a.Take.Id ? "approved" : "rendered",
            string.Join(" | ", a.Notes.Select(n => n.Text))));

    /// <summary>The breakdown sheet of the latest draft (pages and eighths from the page measure), limited to the export's scene.</summary>
    private async Task<byte[]> BreakdownCsvAsync(AccessScope scope, Animatic animatic, CancellationToken cancellationToken)
    {
        var report = await breakdowns.ForProductionAsync(scope, animatic.ProductionId, cancellationToken);
        var scenes = report.Scenes.Where(s => animatic.Scene is null || string.Equals(s.Number, animatic.Scene, StringComparison.OrdinalIgnoreCase));
        return BreakdownCsv.Write(scenes.Select(BreakdownService.Row));
    }

    private async Task<List<ExportFile>> ExrFilesAsync(Animatic animatic, CancellationToken cancellationToken)
    {
        var files = new List<ExportFile>();
        foreach (var a in animatic.Shots.Where(s => s.BeautySha256 is not null))
        {
            var beauty = PngDecoder.Decode(a.Take is not null ? await MarkedFrameAsync(animatic, a, cancellationToken) : await ReadAsync(a.BeautySha256!, cancellationToken));
            float[]? depth = null;
            if (a.DepthMetresSha256 is { } metresSha
                && ExrReader.Read(await ReadAsync(metresSha, cancellationToken)) is { } metres
                && metres.Width == beauty.Width && metres.Height == beauty.Height
                && metres.Find("Z")?.Data is float[] z)
            {
                depth = z;
            }
            else if (a.DepthSha256 is { } depthSha)
            {
                // Takes from engines without metric depth: the 16-bit map's normalised inverse depth.
                var (values, w, h) = PngDecoder.DecodeGray16(await ReadAsync(depthSha, cancellationToken));
                if (w == beauty.Width && h == beauty.Height)
                    depth = [.. values.Select(v => v / 65535f)];
            }

            var exr = ExrWriter.Write(ExrImage.FromSrgb(beauty, depth), ExrCompression.Zip);
            files.Add(new ExportFile($"{a.Scene.Number}-{a.Shot.Code}.exr", "image/x-exr", exr));
        }

        return files.Count > 0
            ? files
            : throw new StudioException(StudioErrorKind.Invalid, $"'{animatic.ProductionName}' has no rendered frames to export");
    }

    private async Task<byte[]> ReadAsync(string sha, CancellationToken cancellationToken)
    {
        return await blobs.ReadAllBytesAsync(sha, cancellationToken)
            ?? throw new StudioException(StudioErrorKind.NotFound, $"the bytes of asset {sha} are missing from the blob store");
    }

    private static string FileNameFor(Animatic animatic)
    {
        var slug = Domain.Productions.Production.SlugFor(animatic.ProductionName);
        return animatic.Scene is null ? slug : string.Create(CultureInfo.InvariantCulture, $"{slug}-scene-{animatic.Scene}");
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
