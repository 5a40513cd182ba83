namespace Backlot.Interchange;

/// <summary>
/// A file in an interchange format is malformed. The message names the place: "line 12: …" for line-based
/// formats (EDL, XML) or "$.tracks.children[0].source_range: …" for JSON (OTIO).
/// </summary>
public sealed class InterchangeFormatException : Exception
{
    public InterchangeFormatException()
    {
    }

    public InterchangeFormatException(string message)
        : base(message)
    {
    }

    public InterchangeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line, where the format has lines.</summary>
    public int? Line { get; init; }

    /// <summary>JSON path, where the format is JSON.</summary>
    public string? JsonPath { get; init; }

    public static InterchangeFormatException AtLine(int line, string problem, Exception? inner = null) =>
        new($"line {line}: {problem}", inner!) { Line = line };

    public static InterchangeFormatException AtPath(string path, string problem, Exception? inner = null) =>
        new($"{path}: {problem}", inner!) { JsonPath = path };
}
