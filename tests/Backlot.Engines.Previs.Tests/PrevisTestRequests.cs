using Backlot.Domain.Characters;
using Backlot.Domain.Sheets;
using Backlot.Imaging;
using Backlot.Imaging.Formats.Png;

namespace Backlot.Engines.Previs.Tests;

internal static class PrevisTestRequests
{
    public static FrameCharacter Edward { get; } = new(
        "EDWARD",
        new CharacterBible { HeightMetres = 1.8, Build = Build.Average },
        new Look("office", Top: "#d01010", Bottom: "#202020", Shoes: "#101010", Skin: "#d9a07a", Hair: "#3a2a1a"));

    public static FrameCharacter Mara { get; } = new("MARA", new CharacterBible { HeightMetres = 1.62, Build = Build.Slight }, null);

    public static FrameCharacter Anna { get; } = new(
        "ANNA",
        new CharacterBible { HeightMetres = 1.68, Build = Build.Athletic },
        new Look("field", Top: "#2e86c1", Bottom: "#5d4037", Shoes: "#3b2a20", Skin: "#c68863", Hair: "#0f0f0f"));

    public static FrameCharacter Bob { get; } = new(
        "BOB",
        new CharacterBible { HeightMetres = 1.9, Build = Build.Heavy },
        new Look("coat", Top: "#27ae60", Bottom: "#34495e", Shoes: "#1c1c1c", Skin: "#f1c27d", Hair: "#a0522d"));

    /// <summary>A request at small size (fast), with the given knobs set at shot level.</summary>
    public static FrameRequest Request(IReadOnlyList<FrameCharacter> characters, params (string Knob, object Value)[] knobs)
    {
        var sheet = ControlSheet.Empty.Set(KnobNames.Width, 320).Set(KnobNames.ImageHeight, 180);
        foreach (var (knob, value) in knobs)
        {
            sheet = value switch
            {
                string s => sheet.Set(knob, s),
                _ => sheet.Set(knob, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
            };
        }

        return new FrameRequest(ControlSheetResolver.Resolve(new SheetLayer(SheetLevel.Shot, sheet)), 0, characters);
    }

    public static async Task<FrameResponse> RenderAsync(FrameRequest request, int threads = 2) =>
        await new PrevisEngine(threads).RenderAsync(request, cancellationToken: TestContext.Current.CancellationToken);

    public static async Task<RgbaImage> BeautyAsync(FrameRequest request)
    {
        var response = await RenderAsync(request);
        return PngDecoder.Decode(response.Outputs.Single(o => o.Role == "beauty").Content.Span);
    }

    public static RgbaImage Png(this FrameResponse response, string role) =>
        PngDecoder.Decode(response.Outputs.Single(o => o.Role == role).Content.Span);

    public static PrevisFrameInfo Info(this FrameResponse response) => Assert.IsType<PrevisFrameInfo>(response.RawRepresentation);

    /// <summary>The repository's root (where Backlot.slnx is), found from the test binaries upwards.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Backlot.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Backlot.slnx not found above the test binaries");
    }
}
