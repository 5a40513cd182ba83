namespace Backlot.Provenance.Watermark;

/// <summary>
/// What <see cref="WatermarkDetector.Detect"/> found.
/// </summary>
/// <param name="Found">True when the sync pattern stood out and the decoded payload's CRC matched.</param>
/// <param name="Payload">The 64-bit payload when found, else null.</param>
/// <param name="Confidence">1 − <paramref name="FalsePositiveProbability"/> when found, 0 otherwise.</param>
/// <param name="BitErrorRate">Share of the 282 coded bits that disagreed with the decoded codeword: how worn the mark is (0 = pristine, about 0.5 = no mark).</param>
/// <param name="FalsePositiveProbability">Upper bound on the chance that an unmarked image gives a sync score this high and a matching CRC (1 when not found).</param>
/// <param name="SyncScore">Height of the sync correlation peak in standard deviations of the correlation surface.</param>
/// <param name="TileOffsetX">Tile phase (0…127): pixel x of this image carries tile column (x + TileOffsetX) mod 128, so for a crop it is the columns cut from the left, mod 128.</param>
/// <param name="TileOffsetY">The same, vertically.</param>
/// <param name="Reason">Why nothing was found (a sentence for a person), or null when found.</param>
public sealed record WatermarkDetection(
    bool Found,
    ulong? Payload,
    double Confidence,
    double BitErrorRate,
    double FalsePositiveProbability,
    double SyncScore,
    int TileOffsetX,
    int TileOffsetY,
    string? Reason)
{
    /// <summary>The decoded payload bits of the best candidate even when its CRC failed: for measuring, not for trusting.</summary>
    internal ulong CandidatePayload { get; init; }

    internal static WatermarkDetection NotFound(string reason, double syncScore = 0, double bitErrorRate = 0.5, ulong candidate = 0) =>
        new(false, null, 0, bitErrorRate, 1, syncScore, 0, 0, reason) { CandidatePayload = candidate };
}
