using System.Globalization;
using Backlot.Screenplay.Fdx;
using Backlot.Screenplay.Fountain;

namespace Backlot.Screenplay;

/// <summary>The front door for screenplay files: picks the Fountain or the Final Draft reader.</summary>
public static class ScriptParser
{
    /// <summary>The largest screenplay file read: 16 MiB, about a hundred feature scripts.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Reads a screenplay file. ".fdx" is read as Final Draft, ".fountain", ".spmd" and ".txt" as Fountain; any other
    /// name is read as Final Draft when the content starts like XML ("&lt;?xml" or "&lt;FinalDraft"), else as Fountain.
    /// </summary>
    /// <exception cref="ScriptFormatException">The file cannot be read as a screenplay; the message says why.</exception>
    public static ParsedScript Parse(string fileName, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        CheckSize(bytes.Length);
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        return extension switch
        {
            ".FDX" => FdxParser.Parse(bytes),
            ".FOUNTAIN" or ".SPMD" or ".TXT" => FountainParser.Parse(bytes),
            _ => LooksLikeXml(bytes) ? FdxParser.Parse(bytes) : FountainParser.Parse(bytes),
        };
    }

    internal static void CheckSize(int length)
    {
        if (length > MaxBytes)
            throw new ScriptFormatException(string.Create(CultureInfo.InvariantCulture, $"the file is too large: {length} bytes, the limit is {MaxBytes} bytes (16 MiB)"));
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        var first = bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        if (first < 0)
            return false;
        var rest = bytes[first..];
        return rest.StartsWith("<?xml"u8) || rest.StartsWith("<FinalDraft"u8);
    }
}
