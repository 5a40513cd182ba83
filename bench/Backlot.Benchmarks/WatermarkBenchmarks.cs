using System.Text;
using Backlot.Imaging;
using Backlot.Provenance.Watermark;
using BenchmarkDotNet.Attributes;
using Perfolizer.Mathematics.OutlierDetection;

namespace Backlot.Benchmarks;

/// <summary>
/// Invisible watermark on a 1920×1080 frame (a lit gradient with shapes and grain, so the perceptual mask and the
/// informed embedding have real work): embed a 64-bit payload, and detect it blind. Both run on one thread.
/// </summary>
[Outliers(OutlierMode.DontRemove)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class WatermarkBenchmarks
{
    private readonly WatermarkKey key = WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("benchmark studio secret, not real"));
    private RgbaImage frame = null!;
    private RgbaImage marked = null!;

    [GlobalSetup]
    public void SetUp()
    {
        const int w = 1920, h = 1080;
        frame = new RgbaImage(w, h);
        var rng = new Random(7);
        var px = frame.Pixels;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var inBox = (x / 240 + y / 180) % 3 == 0;
                var v = (inBox ? 60 : 140) + (60.0 * y / h) + (20 * Math.Sin(x / 37.0)) + rng.Next(-4, 5);
                var i = ((y * w) + x) * 4;
                px[i] = (byte)Math.Clamp(v + 20, 0, 255);
                px[i + 1] = (byte)Math.Clamp(v, 0, 255);
                px[i + 2] = (byte)Math.Clamp(v - 25, 0, 255);
                px[i + 3] = 255;
            }
        }

        marked = WatermarkEmbedder.Embed(frame, 0x0123_4567_89AB_CDEF, key);
        if (WatermarkDetector.Detect(marked, key).Payload != 0x0123_4567_89AB_CDEF)
            throw new InvalidOperationException("the benchmark frame's mark does not read back");
    }

    [Benchmark(Description = "watermark embed 1920×1080")]
    public RgbaImage Embed() => WatermarkEmbedder.Embed(frame, 0x0123_4567_89AB_CDEF, key);

    [Benchmark(Description = "watermark detect 1920×1080")]
    public WatermarkDetection Detect() => WatermarkDetector.Detect(marked, key);
}
