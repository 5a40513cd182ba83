using Backlot.Domain.Characters;
using Backlot.Domain.Sheets;
using Backlot.Engines;
using Backlot.Engines.Previs;
using BenchmarkDotNet.Attributes;
using Perfolizer.Mathematics.OutlierDetection;

namespace Backlot.Benchmarks.Previs;

/// <summary>
/// One previs frame, the default 960×540 (rendered 3× supersampled, then both PNGs encoded): a wide shot of
/// two characters, one with a look and one with the default colours. A baseline for the renderer's later work.
/// </summary>
[Outliers(OutlierMode.DontRemove)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class PrevisRenderBenchmarks
{
    private readonly PrevisEngine engine = new();
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
            .Set(KnobNames.Width, 960)
            .Set(KnobNames.ImageHeight, 540);
        request = new FrameRequest(ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, sheet)), 0, characters);
    }

    [Benchmark(Description = "previs 960×540 WS, two characters")]
    public Task<FrameResponse> RenderFrame() => engine.RenderAsync(request);
}
