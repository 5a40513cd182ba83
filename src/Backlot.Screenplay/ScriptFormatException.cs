namespace Backlot.Screenplay;

/// <summary>
/// A screenplay file that cannot be read. The message names the problem and, where there is one,
/// the 1-based line: "line 12: boneyard '/*' is never closed".
/// </summary>
public sealed class ScriptFormatException : Exception
{
    public ScriptFormatException()
    {
    }

    public ScriptFormatException(string message)
        : base(message)
    {
    }

    public ScriptFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ScriptFormatException(int line, string message)
        : base($"line {line}: {message}")
    {
        Line = line;
    }

    public ScriptFormatException(int line, string message, Exception innerException)
        : base($"line {line}: {message}", innerException)
    {
        Line = line;
    }

    /// <summary>1-based line the problem is on, or null when it concerns the whole file.</summary>
    public int? Line { get; }
}
