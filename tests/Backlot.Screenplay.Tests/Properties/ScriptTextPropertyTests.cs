using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// The text helpers against their first versions (<see cref="ReferenceText"/>, kept here as the oracle): the
/// emphasis stripper, the word counter that no longer builds the stripped text, and plain text, on random text
/// dense in markers, escapes and white space of every kind.
/// </summary>
[Properties(Arbitrary = [typeof(MarkedTextArbitrary)])]
public sealed class ScriptTextPropertyTests
{
    [Property(MaxTest = 5000, EndSize = 80)]
    public void CountWords_RandomMarkedText_CountsAsSplittingTheStrippedText(MarkedText text) =>
        Assert.Equal(ReferenceText.CountWords(text.Value), ScriptText.CountWords(text.Value));

    [Property(MaxTest = 5000, EndSize = 80)]
    public void StripEmphasis_RandomMarkedText_StripsAsTheFirstVersion(MarkedText text) =>
        Assert.Equal(ReferenceText.StripEmphasis(text.Value), ScriptText.StripEmphasis(text.Value));

    [Property(MaxTest = 5000, EndSize = 80)]
    public void Plain_RandomMarkedText_CollapsesAsTheFirstVersion(MarkedText text) =>
        Assert.Equal(ReferenceText.Plain(text.Value), ScriptText.Plain(text.Value));

    [Theory]
    [InlineData("x *_*_ y", 2)] // the middle word is two closed pairs and vanishes
    [InlineData("**bold** and *it* and _under_", 5)]
    [InlineData("\\*not italic\\*", 2)]
    [InlineData(" \n\t\u00A0\u2003 ", 0)]
    [InlineData("", 0)]
    public void CountWords_Examples_CountWhatStrippingLeaves(string text, int words) =>
        Assert.Equal(words, ScriptText.CountWords(text));

    [Fact]
    public void CountWords_LineLongerThanTheStackBuffers_CountsAsSplittingTheStrippedText()
    {
        var line = string.Concat(Enumerable.Repeat("*a* _b_ **c d** \\* ", 200));
        Assert.Equal(ReferenceText.CountWords(line), ScriptText.CountWords(line));
        Assert.Equal(ReferenceText.StripEmphasis(line), ScriptText.StripEmphasis(line));
    }
}

/// <summary>Random text built from pieces that exercise the emphasis rules.</summary>
public sealed record MarkedText(string Value)
{
    public override string ToString() => $"\"{Value.Replace("\n", "\\n", StringComparison.Ordinal)}\"";
}

public static class MarkedTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "*", "**", "***", "****", "_", "__", "\\", "\\*", "\\_", "\\\\", " ", "  ", "\n", "\t", "\r", "\u00A0", "\u2003",
        "a", "b", "word", "WORD", "é", "日本", "x*", "*x", "_y_", "*_*_", "(", ")", ".",
    ];

    public static Arbitrary<MarkedText> Text() =>
        Arb.From(Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => new MarkedText(string.Concat(pieces))));
}

/// <summary>The text helpers as first written: strip into a new string, then split it.</summary>
internal static class ReferenceText
{
    public static int CountWords(string text) =>
        StripEmphasis(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static string Plain(string text) =>
        string.Join(' ', StripEmphasis(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string StripEmphasis(string text)
    {
        if (text.AsSpan().IndexOfAny('*', '_', '\\') < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            StripLine(text, start, end, sb);
            if (end < text.Length)
                sb.Append('\n');
            start = end + 1;
        }

        return sb.ToString();
    }

    private static void StripLine(string text, int start, int end, StringBuilder sb)
    {
        var drop = new bool[end - start];
        var open = new Stack<int>[4];
        for (var i = start; i < end;)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end && text[i + 1] is '*' or '_' or '\\')
            {
                drop[i - start] = true;
                i += 2;
                continue;
            }

            if (c is not ('*' or '_'))
            {
                i++;
                continue;
            }

            var run = 1;
            while (i + run < end && text[i + run] == c)
                run++;
            var kind = c == '_' ? (run == 1 ? 3 : -1) : (run <= 3 ? run - 1 : -1);
            if (kind >= 0)
            {
                var canClose = i > start && !char.IsWhiteSpace(text[i - 1]);
                var canOpen = i + run < end && !char.IsWhiteSpace(text[i + run]);
                var stack = open[kind] ??= new Stack<int>();
                if (canClose && stack.Count > 0)
                {
                    var opener = stack.Pop();
                    for (var k = 0; k < run; k++)
                    {
                        drop[opener - start + k] = true;
                        drop[i - start + k] = true;
                    }
                }
                else if (canOpen)
                {
                    stack.Push(i);
                }
            }

            i += run;
        }

        for (var i = start; i < end; i++)
        {
            if (!drop[i - start])
                sb.Append(text[i]);
        }
    }
}
