using System.Globalization;

namespace Backlot.Screenplay.Pages;

/// <summary>Where a scene sits on the printed pages and how long it is.</summary>
/// <param name="SceneNumber">The scene's number (<see cref="ParsedScene.Number"/>).</param>
/// <param name="Eighths">Length in eighths of a page, at least 1; see <see cref="PageMeasure"/> for the rounding.</param>
/// <param name="StartPage">1-based page the heading is printed on (title page not counted).</param>
/// <param name="StartLine">1-based line of that page the heading is printed on.</param>
/// <param name="EndPage">1-based page the scene's last line is printed on.</param>
/// <param name="PageLength">Unrounded length in pages: the lines the scene takes, blank space it leaves at a page foot included.</param>
public sealed record ScenePages(string SceneNumber, int Eighths, int StartPage, int StartLine, int EndPage, double PageLength)
{
    /// <summary>The length as a breakdown sheet writes it: "3/8", "1", "1 5/8".</summary>
    public string Length => FormatEighths(Eighths);

    /// <summary>Writes a count of eighths as whole pages and eighths: 13 → "1 5/8".</summary>
    public static string FormatEighths(int eighths)
    {
        var whole = eighths / 8;
        var rest = eighths % 8;
        return (whole, rest) switch
        {
            (0, _) => string.Create(CultureInfo.InvariantCulture, $"{rest}/8"),
            (_, 0) => whole.ToString(CultureInfo.InvariantCulture),
            _ => string.Create(CultureInfo.InvariantCulture, $"{whole} {rest}/8"),
        };
    }
}
