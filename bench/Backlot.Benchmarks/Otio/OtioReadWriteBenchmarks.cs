using Backlot.Interchange.Otio;
using Backlot.Interchange.Timeline;
using BenchmarkDotNet.Attributes;
using Perfolizer.Mathematics.OutlierDetection;

namespace Backlot.Benchmarks.Otio;

/// <summary>
/// Write then read back an animatic-sized OTIO timeline: 2,000 clips (each with Backlot metadata, every other
/// one a marker, a dissolve and a gap every few clips), made by OtioCut.FromCut. Target: ≤ 50 ms per write + read.
/// </summary>
[Outliers(OutlierMode.DontRemove)]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class OtioReadWriteBenchmarks
{
    private const int Clips = 2_000;
    private OtioTimeline timeline = null!;

    [GlobalSetup]
    public void SetUp()
    {
        var items = new List<CutItem>(Clips + Clips / 2);
        for (var i = 0; i < Clips; i++)
        {
            var shot = $"sh{(i + 1) * 10:0000}";
            if (i % 10 == 5)
                items.Add(new CutTransition("dissolve", OtioTransition.Dissolve, 6, 6));
            if (i % 25 == 24)
                items.Add(new CutGap(12));
            items.Add(new CutClip(shot, 1001, 48 + (i % 72), $"file:///takes/{shot}_t1.mov")
            {
                Metadata = new Dictionary<string, string>
                {
                    [Cut.Keys.ShotId] = Guid.NewGuid().ToString(),
                    [Cut.Keys.ShotCode] = shot,
                    [Cut.Keys.TakeNumber] = "1",
                },
                Markers = i % 2 == 0 ? [new CutMarker("note", 4, 1, "RED", $"check continuity in {shot}")] : [],
            });
        }

        timeline = OtioCut.FromCut(new Cut("benchmark", FrameRate.Ntsc24, [new CutTrack("V1", TrackKind.Video, items)]));
        var size = OtioWriter.Write(timeline).Length;
        Console.WriteLine($"// otio benchmark timeline: {Clips} clips, {size:N0} characters of JSON");
    }

    [Benchmark(Description = "OTIO write + read, 2,000 clips")]
    public OtioTimeline WriteThenRead() => OtioReader.Read(OtioWriter.Write(timeline));
}
