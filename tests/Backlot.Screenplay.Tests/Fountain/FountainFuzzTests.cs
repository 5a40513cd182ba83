using System.Text;
using Backlot.Screenplay.Fountain;

namespace Backlot.Screenplay.Tests.Fountain;

/// <summary>Random input must either parse or fail with <see cref="ScriptFormatException"/>, never anything else.</summary>
public sealed class FountainFuzzTests
{
    private static readonly string[] Fragments =
    [
        "INT. ROOM - DAY", "EXT. YARD - NIGHT #3#", ".FORCED", "..", "BOB", "@bob", "ANNA ^", "(quietly)", "Hello.",
        "CUT TO:", "> FADE OUT.", "> CENTRED <", "!BANG", "[[note", "]]", "/*", "*/", "Title: X", "\tindented",
        "  ", "", "", "", "===", "= synopsis", "# act", "~lyric", "#", "(", ")", "^", "@", ">", "<", "\r", "Ünïcödé ÇÁST",
    ];

    private static void ParseOrFailCleanly(Action parse)
    {
        try
        {
            parse();
        }
        catch (ScriptFormatException)
        {
        }
    }

    [Fact]
    public void Parse_RandomLineSoup_ThrowsOnlyScriptFormatException()
    {
        var random = new Random(20240611);
        for (var n = 0; n < 3000; n++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Fragments[random.Next(Fragments.Length)]);
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines);
            ParseOrFailCleanly(() => FountainParser.Parse(text));
        }
    }

    [Fact]
    public void Parse_RandomBytes_ThrowsOnlyScriptFormatException()
    {
        var random = new Random(7);
        var seed = Encoding.UTF8.GetBytes("INT. ROOM - DAY\n\nBOB\nHi.\n\n/* x */ [[y]]\n> CUT TO:\n");
        for (var n = 0; n < 3000; n++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            // Half the cases start from a real script with a few bytes flipped, to get past the decoder.
            if (n % 2 == 0)
            {
                bytes = [.. seed];
                for (var k = random.Next(1, 4); k > 0; k--)
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            if (n % 7 == 0)
                bytes = [0xFF, 0xFE, .. bytes];
            ParseOrFailCleanly(() => FountainParser.Parse(bytes));
        }
    }
}
