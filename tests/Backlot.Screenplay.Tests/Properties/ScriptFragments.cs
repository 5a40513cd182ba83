namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// Pieces of screenplays that generated scripts are drawn from: every Fountain element, its forcing marks and
/// their broken halves, emphasis, notes and boneyard, unicode and control characters.
/// </summary>
internal static class ScriptFragments
{
    public static readonly string[] Headings =
    [
        "INT. HOUSE - DAY", "EXT. PARK - NIGHT", "INT./EXT. CAR - CONTINUOUS", "I/E KITCHEN - LATER", "EST. CITY - DAWN",
        "int. lower case - dusk", ".FORCED HEADING", ".", "..ELLIPSIS", "INT. ROOM #12A#", "EXT. FIELD - DAY (1973) #1#",
        "INT. HALL - NIGHT #", "INT. X - #-#", "EXT.", "INT ", "INT. CAFÉ — MORNING", "INT. 日本の家 - 夜",
    ];

    public static readonly string[] Cues =
    [
        "BOB", "ANNA (V.O.)", "EDWARD (CONT'D)", "YOUNG EDWARD", "@McCLANE", "@", "BOB ^", "^", "HANS (on radio",
        "MR. O'BRIEN (O.S.)", "ДМИТРИЙ", "R2D2", "A", "BOB (", "BOB )",
    ];

    public static readonly string[] Dialogue =
    [
        "Hello.", "What *are* you **doing**?", "I said _no_.", "Ça va? 日本語 Привет.", "  ", "Well...", "***Loud.***",
        "\\*not emphasis\\*", "A line that goes on and on and on and on and on and on and on and on and on and on and on.",
    ];

    public static readonly string[] Parentheticals = ["(beat)", "(quietly", "(", ")", "()", "(to ANNA)", "(V.O.)"];

    public static readonly string[] Transitions = ["CUT TO:", "> FADE OUT.", ">", "FADE TO BLACK.", "SMASH CUT TO:", "> THE END <", ">x<", "><", "> <"];

    public static readonly string[] Markup =
    [
        "~La la la", "~", "# Act One", "## Sequence", "#", "= a synopsis", "=", "===", "====", "!FORCED ACTION", "!",
        "[[a note]]", "[[", "]]", "[[multi", "line]]", "/* hidden */", "/*", "*/", "*", "**", "***", "_", "\\", "\\*",
        "*open", "close*", "_under_", "**bold *nested* bold**",
    ];

    public static readonly string[] TitleKeys =
    [
        "Title: A *Title*", "Title:", "Credit: Written by", "Author: Someone", "Draft date: 1/1/2020", "Contact:",
        "    continuation", "\tindented", "Key: value", ":", "Notes:",
    ];

    public static readonly string[] ActionLines =
    [
        "He walks in.", "BRICK picks up the GUN.", "A CAR screeches. BANG!", "The DOOR slams.", "Nothing happens.",
        "SUDDENLY", "LATER", "    indented action", "\tTabbed.", "MARY (30s) enters with a SUITCASE.",
    ];

    public static readonly string[] Unicode =
    [
        "é", "e\u0301", "日本語", "Привет", "שלום", "🎬", "\u200B", "\uFEFF", "\u2028", "\u0085", "\uFFFD", "\uD800", "\uDC00", "ǅ",
    ];

    public static readonly string[] Control = ["\0", "\u0002", "\u0003", "\u0001", "\u0007", "\u001B", "\f", "\v", "\r", "\t", "\u007F"];

    public static readonly string[] Blank = ["", "", "", " ", "  "];

    /// <summary>Paragraph types Final Draft writes, and a few it does not.</summary>
    public static readonly string[] FdxTypes =
    [
        "Scene Heading", "Action", "Character", "Dialogue", "Parenthetical", "Transition", "Shot", "General", "Lyrics",
        "Cast List", "New Act", "End of Act", "Bogus", "", "scene heading",
    ];

    public static readonly string[] FdxAttributes =
    [
        "", "", "", " Number=\"12\"", " Number=\"\"", " Number=\"4A\"", " StartsNewPage=\"Yes\"", " Alignment=\"Center\"",
        " Number=\"1\" StartsNewPage=\"no\"",
    ];

    public static readonly string[] FdxRaw =
    [
        "&amp;", "&lt;", "&#233;", "&#0;", "&bogus;", "<", ">", "&", "]]>", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>",
        "<Text>", "</Text>", "</Paragraph>", "<Paragraph>", "\"",
    ];
}
