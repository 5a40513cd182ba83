using Backlot.Domain.Characters;
using Backlot.Domain.Sheets;
using Backlot.Engines;
using Backlot.Engines.Previs;
using BenchmarkDotNet.Attributes;
using Perfolizer.Mathematics.OutlierDetection;

namespace Backlot.Benchmarks.Previs;

/// <summary>
/// One previs frame at the default 960×540 (3×3 supersampled): a wide shot of two posed characters on the street set
/// (about 20,000 triangles with the buildings), day light with ground shadows, then every output encoded (beauty,
/// depth PNG and EXR, mask and ids, pose JSON and image, camera JSON, plot). On one thread and on two.
/// </summary>
[Outliers(OutlierMode.DontRemove)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class PrevisRenderBenchmarks
{
    private readonly PrevisEngine oneThread = new(1);
    private readonly PrevisEngine twoThreads = new(2);
    private FrameRequest request = null!;

    [GlobalSetup]
    public void SetUp()
    {
        FrameCharacter[] characters =
        [
            new("EDWARD", new CharacterBible { HeightMetres = 1.8, Build = Build.Average },
                new Look("office", Top: "#d01010", Bottom: "#202020", Shoes: "#101010", Skin: "#d9a07a", Hair: "#3a2a1a")),
            new("MARA", new CharacterBible { HeightMetres = 1.62, Build = Build.Slight }, null),
        ];
        var sheet = ControlSheet.Empty
            .Set(KnobNames.Size, "WS")
            .Set(KnobNames.Location, "EXT HIGH STREET")
            .Set(KnobNames.Blocking, "EDWARD: pose=walk face=MARA; MARA: pose=point point=EDWARD")
            .Set(KnobNames.Width, 960)
            .Set(KnobNames.ImageHeight, 540);
        request = new FrameRequest(ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, sheet)), 0, characters);
    }

    [Benchmark(Baseline = true, Description = "previs 960×540 WS street, two characters, 1 thread")]
    public Task<FrameResponse> RenderOneThread() => oneThread.RenderAsync(request);

    [Benchmark(Description = "previs 960×540 WS street, two characters, 2 threads")]
    public Task<FrameResponse> RenderTwoThreads() => twoThreads.RenderAsync(request);
}
