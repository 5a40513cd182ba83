namespace Backlot.Screenplay.Tests.Properties;

/// <summary>A generated Fountain file: lines, the line ending between them, and the encoding.</summary>
public sealed record FountainScript(IReadOnlyList<string> Lines, string Newline, ScriptEncoding Encoding)
{
    public string Text => string.Join(Newline, Lines) + Newline;

    public byte[] ToBytes() => ScriptEncodings.Encode(Text, Encoding);

    /// <summary>The same script repeated <paramref name="times"/> times, one after the other.</summary>
    public byte[] Repeated(int times) => ScriptEncodings.Encode(string.Concat(Enumerable.Repeat(Text, times)), Encoding);

    public override string ToString() => $"{Encoding} {ScriptEncodings.Literal(Text)}";
}
