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

    public static async Task<RgbaImage> BeautyAsync(FrameRequest request)
    {
        var response = await new PrevisEngine().RenderAsync(request, cancellationToken: TestContext.Current.CancellationToken);
        return PngDecoder.Decode(response.Outputs.Single(o => o.Role == "beauty").Content.Span);
    }
}
