namespace Backlot.Screenplay.Pages;

/// <summary>
/// The page a script is laid out on: Courier 12 pt (10 characters per inch, 6 lines per inch), so widths are in
/// characters and the page height in lines. The numbers are afterwriting's print profiles, the layout tool the
/// page-count checker runs, so that our counts and a writer's printed PDF agree.
/// </summary>
public sealed record PageLayout
{
    /// <summary>Short name for reports: "us-letter", "a4".</summary>
    public required string Name { get; init; }

    /// <summary>Lines of text between the top and bottom margins.</summary>
    public int LinesPerPage { get; init; } = 55;

    /// <summary>Scene headings, action, shots, transitions and centred text: 6.1" from a 1.5" left margin.</summary>
    public double ActionWidth { get; init; } = 61;

    /// <summary>Character cues (set at 3.5" from the page's left edge).</summary>
    public double CharacterWidth { get; init; } = 33;

    /// <summary>Dialogue (set at 2.5").</summary>
    public double DialogueWidth { get; init; } = 36;

    /// <summary>Parentheticals (set at 3").</summary>
    public double ParentheticalWidth { get; init; } = 26;

    /// <summary>Both columns of dual dialogue are this fraction of the ordinary widths.</summary>
    public double DualWidthFactor { get; init; } = 0.75;

    /// <summary>Printed at the foot of a page where a speech breaks.</summary>
    public string More { get; init; } = "(MORE)";

    /// <summary>Added to the repeated cue at the top of the next page.</summary>
    public string Continued { get; init; } = "(CONT'D)";

    /// <summary>US Letter, 8.5" × 11": 55 lines, action 61 characters wide. The industry's page.</summary>
    public static PageLayout UsLetter { get; } = new() { Name = "us-letter" };

    /// <summary>A4, 8.27" × 11.7": 57 lines, action 58 characters wide. afterwriting's default profile.</summary>
    public static PageLayout A4 { get; } = new() { Name = "a4", LinesPerPage = 57, ActionWidth = 58 };
}
