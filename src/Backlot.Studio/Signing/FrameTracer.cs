using Backlot.Data;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Jpeg;
using Backlot.Imaging.Formats.Png;
using Backlot.Provenance.Watermark;
using Backlot.Studio.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Signing;

/// <summary>What `backlot trace` found in a file: the watermark's payload and, when it is one of ours, the take it names.</summary>
public sealed record TraceResult(
    bool Found,
    string? Payload,
    double Confidence,
    double FalsePositiveProbability,
    double BitErrorRate,
    string? Production,
    Guid? ProductionId,
    string? Shot,
    int? Take,
    Guid? TakeId,
    string Verdict);

/// <summary>
/// Reads the invisible watermark of a PNG or JPEG (recompressed, resized and cropped copies included) and names the
/// production, shot and take it came from, among the productions the caller may see.
/// </summary>
public sealed class FrameTracer(IDbContextFactory<BacklotDbContext> contexts, StudioDatabase database, WatermarkKeys keys)
{
    public async Task<TraceResult> TraceAsync(AccessScope scope, ReadOnlyMemory<byte> file, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var image = Decode(file.Span, name);
        var detection = WatermarkDetector.Detect(image, keys.Key);
        if (!detection.Found || detection.Payload is not { } payload)
        {
            return new TraceResult(false, null, detection.Confidence, detection.FalsePositiveProbability, detection.BitErrorRate, null, null, null, null, null,
                $"no Backlot watermark found in {name}{(detection.Reason is { } why ? $" ({why})" : "")}");
        }

        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = scope.ProductionIds.ToList();
        var takes = await db.Takes.AsNoTracking().Where(t => scope.IsAdmin || visible.Contains(t.ProductionId))
            .Select(t => new { t.Id, t.ProductionId, t.ShotId, t.Number }).ToListAsync(cancellationToken);
        var match = takes.FirstOrDefault(t => WatermarkPayload.For(t.ProductionId, t.Id).Value == payload);
        var hex = new WatermarkPayload(payload).ToString();
        if (match is null)
        {
            // Only an admin learns that the mark is the studio's own but names no take here; others hear what a stranger would.
            return scope.IsAdmin
                ? new TraceResult(true, hex, detection.Confidence, detection.FalsePositiveProbability, detection.BitErrorRate, null, null, null, null, null,
                    $"a Backlot watermark made with this studio's key (payload {hex}), but no take here carries it")
                : new TraceResult(false, null, 0, 1, 1, null, null, null, null, null, $"no Backlot watermark found in {name} that names a take you can see");
        }

        var production = await db.Productions.AsNoTracking().Where(p => p.Id == match.ProductionId).Select(p => p.Name).SingleAsync(cancellationToken);
        var shot = await db.Shots.AsNoTracking().Where(s => s.Id == match.ShotId).Select(s => s.Code).SingleAsync(cancellationToken);
        return new TraceResult(true, hex, detection.Confidence, detection.FalsePositiveProbability, detection.BitErrorRate,
            production, match.ProductionId, shot, match.Number, match.Id,
            $"from '{production}', shot {shot}, take {match.Number} (false-positive probability {detection.FalsePositiveProbability:0.0e0})");
    }

    /// <summary>Far above any frame Backlot makes (8K is 33 MP); a file claiming more is refused before its pixels are decoded.</summary>
    public const long MaxPixels = 50_000_000;

    private static RgbaImage Decode(ReadOnlySpan<byte> file, string name)
    {
        try
        {
            if (file.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
            {
                var (w, h) = PngDecoder.ReadSize(file);
                CheckSize(w, h, name);
                return PngDecoder.Decode(file);
            }

            if (file.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            {
                var (w, h) = JpegSize(file, name);
                CheckSize(w, h, name);
                return JpegCodec.Decode(file);
            }
        }
        catch (InvalidDataException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"{name}: {e.Message}", e);
        }

        throw new StudioException(StudioErrorKind.Invalid, $"{name}: not a PNG or JPEG image");
    }

    private static void CheckSize(long width, long height, string name)
    {
        if (width * height > MaxPixels)
            throw new StudioException(StudioErrorKind.Invalid, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}: {width}×{height} is over the {MaxPixels:N0}-pixel limit for tracing"));
    }

    // The frame size from a JPEG's start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC), read before any pixel is decoded.
    private static (int Width, int Height) JpegSize(ReadOnlySpan<byte> file, string name)
    {
        var at = 2;
        while (at + 9 < file.Length)
        {
            if (file[at] != 0xFF)
                break;
            var marker = file[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = (file[at + 2] << 8) | file[at + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return ((file[at + 7] << 8) | file[at + 8], (file[at + 5] << 8) | file[at + 6]);
            if (length < 2)
                break;
            at += 2 + length;
        }

        throw new StudioException(StudioErrorKind.Invalid, $"{name}: a JPEG without a readable frame header");
    }
}
