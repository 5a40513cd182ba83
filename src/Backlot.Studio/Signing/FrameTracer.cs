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
        var takes = await db.Takes.AsNoTracking().Select(t => new { t.Id, t.ProductionId, t.ShotId, t.Number }).ToListAsync(cancellationToken);
        var match = takes.FirstOrDefault(t => scope.CanSee(t.ProductionId) && WatermarkPayload.For(t.ProductionId, t.Id).Value == payload);
        var hex = new WatermarkPayload(payload).ToString();
        if (match is null)
        {
            return new TraceResult(true, hex, detection.Confidence, detection.FalsePositiveProbability, detection.BitErrorRate, null, null, null, null, null,
                $"a Backlot watermark made with this studio's key (payload {hex}), but no take you can see carries it");
        }

        var production = await db.Productions.AsNoTracking().Where(p => p.Id == match.ProductionId).Select(p => p.Name).SingleAsync(cancellationToken);
        var shot = await db.Shots.AsNoTracking().Where(s => s.Id == match.ShotId).Select(s => s.Code).SingleAsync(cancellationToken);
        return new TraceResult(true, hex, detection.Confidence, detection.FalsePositiveProbability, detection.BitErrorRate,
            production, match.ProductionId, shot, match.Number, match.Id,
            $"from '{production}', shot {shot}, take {match.Number} (false-positive probability {detection.FalsePositiveProbability:0.0e0})");
    }

    private static RgbaImage Decode(ReadOnlySpan<byte> file, string name)
    {
        try
        {
            if (file.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
                return PngDecoder.Decode(file);
            if (file.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
                return JpegCodec.Decode(file);
        }
        catch (InvalidDataException e)
        {
            throw new StudioException(StudioErrorKind.Invalid, $"{name}: {e.Message}", e);
        }

        throw new StudioException(StudioErrorKind.Invalid, $"{name}: not a PNG or JPEG image");
    }
}
