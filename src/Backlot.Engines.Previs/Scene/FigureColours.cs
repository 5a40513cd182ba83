using Backlot.Domain.Characters;
using Backlot.Imaging;

namespace Backlot.Engines.Previs.Scene;

/// <summary>The colours a figure is painted with: from the character's look, else a fixed palette by index.</summary>
internal sealed record FigureColours(Rgba32 Top, Rgba32 Bottom, Rgba32 Shoes, Rgba32 Skin, Rgba32 Hair)
{
    // Distinct, mid-value tops so figures tell apart and still shade visibly.
    private static readonly string[] Tops = ["#c0392b", "#2e86c1", "#27ae60", "#d68910", "#8e44ad", "#16a085", "#d35400", "#7f8c8d"];
    private static readonly string[] Bottoms = ["#2c3e50", "#5d4037", "#34495e", "#4e342e", "#263238", "#3e2723", "#37474f", "#212f3d"];
    private static readonly string[] Skins = ["#e0ac8a", "#c68863", "#8d5524", "#f1c27d", "#a0674b", "#ffdbac"];
    private static readonly string[] Hairs = ["#2b1b12", "#5a3a1e", "#0f0f0f", "#a0522d", "#3b2f2f", "#d8c08a"];

    public static FigureColours For(FrameCharacter character, int index)
    {
        if (character.Look is { } look)
        {
            return new(
                Parse(character, "top", look.Top),
                Parse(character, "bottom", look.Bottom),
                Parse(character, "shoes", look.Shoes),
                Parse(character, "skin", look.Skin),
                Parse(character, "hair", look.Hair));
        }

        return new(
            Rgba32.FromHex(Tops[index % Tops.Length]),
            Rgba32.FromHex(Bottoms[index % Bottoms.Length]),
            Rgba32.FromHex("#1c1c1c"),
            Rgba32.FromHex(Skins[index % Skins.Length]),
            Rgba32.FromHex(Hairs[index % Hairs.Length]));
    }

    private static Rgba32 Parse(FrameCharacter character, string part, string hex)
    {
        try
        {
            return Rgba32.FromHex(hex);
        }
        catch (FormatException e)
        {
            throw new EngineException($"character {character.Name}: look '{character.Look!.Name}' has a {part} colour that is not a colour ('{hex}')", e);
        }
    }
}
